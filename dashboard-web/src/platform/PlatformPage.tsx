import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ApiError } from '../api/client';
import { HealthChip } from './HealthChip';
import { ServicesTable } from './ServicesTable';
import { ServicesUpChart } from './ServicesUpChart';
import { POLL_INTERVAL_MS, usePlatformStatus } from './usePlatformStatus';

/** The health of the platform and of each of its services, as the gateway reports it. */
export function PlatformPage() {
  const { status, error, pending, history, retry } = usePlatformStatus();
  return (
    <Stack spacing={3}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h4" component="h1">
          Platform
        </Typography>
        {status && <HealthChip health={status.status} size="medium" />}
      </Stack>
      {error && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" loading={pending} onClick={retry}>
              Retry
            </Button>
          }
        >
          <AlertTitle>{error instanceof ApiError ? error.title : 'Could not load the platform status'}</AlertTitle>
          {error instanceof ApiError ? error.detail : error.message}
          {status && ' The table below shows the last status received.'}
        </Alert>
      )}
      {!status && !error && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <CircularProgress size={24} aria-label="Loading" />
          <Typography color="text.secondary">Asking the gateway for the platform status…</Typography>
        </Stack>
      )}
      {status && (
        <>
          <Typography color="text.secondary">
            Checked at {new Date(status.checkedAt).toLocaleString()}; refreshes every {POLL_INTERVAL_MS / 1000} s.
          </Typography>
          <ServicesTable services={status.services} />
          <ServicesUpChart history={history} />
        </>
      )}
    </Stack>
  );
}
