import { createTheme } from '@mantine/core';

/** Green for rice fields and forests; system fonts so cheap phones download nothing extra. */
export const appTheme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '700' },
});
