import { createTheme } from '@mui/material/styles';

/** MUI's palette, light or dark as the operator's system prefers. */
export const theme = createTheme({ colorSchemes: { light: true, dark: true } });
