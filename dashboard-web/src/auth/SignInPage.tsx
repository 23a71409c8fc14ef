import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { ApiError, ProblemError } from '../api/client';
import { useGet } from '../api/useGet';
import { ErrorState, LoadingState } from '../ui/states';
import { useAuth } from './AuthContext';
import type { AuthConfig } from './authApi';

/** Sign-in with an API key, and with the identity provider when the gateway has one configured. */
export function SignInPage({ reason }: { reason?: string | undefined }) {
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2 }}>
      <Paper variant="outlined" sx={{ p: 4, width: '100%', maxWidth: 440 }} component="main">
        <Stack spacing={3}>
          <Typography variant="h4" component="h1">
            Sign in to CloudFlux
          </Typography>
          {reason && <Alert severity="warning">{reason}</Alert>}
          <ApiKeyForm />
          <SsoSignIn />
        </Stack>
      </Paper>
    </Box>
  );
}

function ApiKeyForm() {
  const { signInWithKey } = useAuth();
  const [key, setKey] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await signInWithKey(key);
    } catch (cause) {
      setError(cause instanceof Error ? cause : new Error(String(cause)));
      setPending(false);
    }
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate>
      <TextField
        label="API key"
        type="password"
        autoComplete="off"
        value={key}
        onChange={(event) => setKey(event.target.value)}
        required
        autoFocus
        helperText="An API key an admin created for you, e.g. cfx_…"
      />
      {error && <SignInError error={error} />}
      <Button type="submit" variant="contained" loading={pending} disabled={key.trim() === ''}>
        Sign in
      </Button>
    </Stack>
  );
}

function SignInError({ error }: { error: Error }) {
  if (error instanceof ProblemError && error.status === 401) {
    return (
      <Alert severity="error">
        <AlertTitle>The gateway refused this key</AlertTitle>
        {error.detail ?? 'It is unknown or revoked.'}
      </Alert>
    );
  }
  return <ErrorState error={error} fallbackTitle="Could not sign in" />;
}

function SsoSignIn() {
  const { signInWithSso } = useAuth();
  const { data, error, pending, reload } = useGet<AuthConfig>('/api/v1/auth/config');
  const [leaving, setLeaving] = useState<Error | 'leaving'>();

  if (!data && error) {
    return (
      <ErrorState error={error} fallbackTitle="Could not ask whether single sign-on is configured" onRetry={reload} pending={pending}>
        {' '}Signing in with an API key still works.
      </ErrorState>
    );
  }
  if (!data) return <LoadingState>Asking the gateway whether single sign-on is configured…</LoadingState>;
  const oidc = data.oidc;
  if (!oidc) return null;

  const start = () => {
    setLeaving('leaving');
    signInWithSso(oidc).catch((cause: unknown) => setLeaving(cause instanceof Error ? cause : new Error(String(cause))));
  };
  return (
    <Stack spacing={2}>
      <Divider>or</Divider>
      {leaving instanceof Error && (
        <Alert severity="error">
          <AlertTitle>Could not reach the identity provider</AlertTitle>
          {leaving instanceof ApiError ? leaving.detail : leaving.message}
        </Alert>
      )}
      <Button variant="outlined" onClick={start} loading={leaving === 'leaving'}>
        Sign in with SSO
      </Button>
      <Typography variant="body2" color="text.secondary">
        Signs in at {oidc.issuer}.
      </Typography>
    </Stack>
  );
}
