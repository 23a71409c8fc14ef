import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AuthProvider } from './auth/AuthContext';
import { loadCredential } from './auth/credential';
import { App } from './shell/App';
import { preloadViewAt } from './shell/routes';
import { theme } from './shell/theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

if (loadCredential()) preloadViewAt(window.location.hash);

createRoot(root).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AuthProvider>
        <App />
      </AuthProvider>
    </ThemeProvider>
  </StrictMode>,
);
