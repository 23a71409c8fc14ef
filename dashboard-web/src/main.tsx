import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider, checkSignIn } from './auth/AuthContext';
import { loadCredential } from './auth/credential';
import { App } from './shell/App';
import { preloadViewAt } from './shell/routes';
import { theme } from './shell/theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before React renders: the view's chunk, its first request and the sign-in check all start at once.
if (loadCredential()) preloadViewAt(window.location.hash);
const firstCheck = checkSignIn();

createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AuthProvider firstCheck={firstCheck}>
        <App />
      </AuthProvider>
    </ThemeProvider>
  </StrictMode>,
);
