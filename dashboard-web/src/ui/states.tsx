import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

/** Something is on its way: a spinner and what is being waited for. */
export function LoadingState({ children }: { children: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
      <CircularProgress size={24} aria-label="Loading" />
      <Typography color="text.secondary">{children}</Typography>
    </Stack>
  );
}

/**
 * Something failed: the gateway's title and detail when it is an {@link ApiError}, `fallbackTitle` otherwise, and a
 * Retry button when `onRetry` is given.
 */
export function ErrorState({
  error,
  fallbackTitle,
  onRetry,
  pending = false,
  children,
}: {
  error: Error;
  fallbackTitle: string;
  onRetry?: () => void;
  pending?: boolean;
  children?: ReactNode;
}) {
  return (
    <Alert
      severity="error"
      action={
        onRetry && (
          <Button color="inherit" size="small" loading={pending} onClick={onRetry}>
            Retry
          </Button>
        )
      }
    >
      <AlertTitle>{error instanceof ApiError ? error.title : fallbackTitle}</AlertTitle>
      {error instanceof ApiError ? error.detail : error.message}
      {children}
    </Alert>
  );
}

/** Nothing to show, and why: a title and an explanation, plainly. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }} data-state="empty">
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" component="div">
        {children}
      </Typography>
    </Paper>
  );
}

/**
 * The empty state of a view whose service the gateway does not serve yet: says which service will fill it, and with
 * what, instead of showing invented data.
 */
export function ServicePending({ service, fills }: { service: string; fills: string }) {
  return (
    <EmptyState title={`Not available yet: waiting for the ${service}`}>
      When the gateway serves the {service}&apos;s API, this view shows {fills}. Until then there is nothing to show
      here.
    </EmptyState>
  );
}

/** A view's heading, with optional controls beside it, and its content below. */
export function ViewFrame({ title, aside, children }: { title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', minHeight: 40 }}>
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {aside}
      </Stack>
      {children}
    </Stack>
  );
}
