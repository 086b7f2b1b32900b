import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Shade 9 of every palette for filled backgrounds and light-variant text keeps white text
 * and coloured text on white above the WCAG AA contrast of 4.5:1.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 9, dark: 4 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Table: { defaultProps: { verticalSpacing: 'sm' } },
  },
});

/** Body text, dimmed text and error text dark enough for AA on white. */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-error': current.colors.red[9],
    '--mantine-color-placeholder': current.colors.gray[6],
    '--mantine-color-anchor': current.colors.indigo[9],
    // Mantine's shade 9 of green and red is still too light for small text on their tints.
    '--mantine-color-green-light-color': '#1f6f33',
    '--mantine-color-green-filled': '#1f6f33',
    '--mantine-color-green-filled-hover': '#185a29',
    '--mantine-color-red-light-color': '#a61e1e',
  },
  dark: {},
});
