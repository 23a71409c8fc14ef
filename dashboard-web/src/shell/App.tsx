import Box from '@mui/material/Box';
import { useAuth } from '../auth/AuthContext';
import { SignInPage } from '../auth/SignInPage';
import { LiveProvider } from '../live/LiveProvider';
import { ErrorState, LoadingState } from '../ui/states';
import { Frame } from './Frame';

/** The dashboard: the sign-in page until the gateway knows the caller, then the frame with its live connection. */
export function App() {
  const { state, recheck } = useAuth();
  switch (state.status) {
    case 'checking':
      return (
        <Box sx={{ p: 3 }}>
          <LoadingState>Signing in…</LoadingState>
        </Box>
      );
    case 'unverified':
      return (
        <Box sx={{ p: 3 }}>
          <ErrorState error={state.error} fallbackTitle="Could not check your sign-in" onRetry={recheck} />
        </Box>
      );
    case 'signedOut':
      return <SignInPage reason={state.reason} />;
    case 'signedIn':
      return (
        <LiveProvider credential={state.credential}>
          <Frame />
        </LiveProvider>
      );
  }
}
