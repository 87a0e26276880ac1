import { Anchor, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  components: {
    // Links take the font size of where they are (table cells, breadcrumbs, text).
    Anchor: Anchor.extend({ defaultProps: { inherit: true } }),
  },
});
