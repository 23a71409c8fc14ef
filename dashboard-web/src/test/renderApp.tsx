import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { render } from '@testing-library/react';
import { AuthProvider, type AuthState } from '../auth/AuthContext';
import { saveCredential, type Credential } from '../auth/credential';
import { App } from '../shell/App';
import { theme } from '../shell/theme';

/**
 * Renders the whole dashboard as main.tsx does, at `hash`, with `credential` stored as after a sign-in, and the sign-in
 * check started beforehand when `firstCheck` is given.
 */
export function renderApp({
  hash = '#/overview',
  credential,
  firstCheck,
}: { hash?: string; credential?: Credential; firstCheck?: Promise<AuthState> } = {}) {
  window.location.hash = hash;
  if (credential) saveCredential(credential);
  return render(
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AuthProvider {...(firstCheck ? { firstCheck } : {})}>
        <App />
      </AuthProvider>
    </ThemeProvider>,
  );
}
