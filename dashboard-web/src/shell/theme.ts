import { createTheme } from '@mui/material/styles';

/** MUI's palette in a light and a dark scheme; the ThemeToggle picks one, the system's preference until it does. */
export const theme = createTheme({ colorSchemes: { light: true, dark: true } });
