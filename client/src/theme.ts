import {
  Anchor,
  Badge,
  createTheme,
  darken,
  DEFAULT_THEME,
  Loader,
  Modal,
  NumberInput,
  TableScrollContainer,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** The red, green and blue (0–255) of "#rrggbb" or "rgb(a)(r, g, b…)" (what Mantine's darken returns). */
function channels(color: string): number[] {
  if (color.startsWith('#')) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

/** WCAG relative luminance of a colour. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The lightest shade of the palette from `from` up that reaches 4.6:1 against `background`; past the darkest shade,
 * the darkest shade darkened until it does.
 */
function shadeWithContrast(colors: MantineColorsTuple, background: string, from: number): string {
  const enough = (color: string) => contrast(color, background) >= 4.6;
  for (let i = from; i < colors.length; i++) if (enough(colors[i])) return colors[i];
  let color = colors[colors.length - 1];
  for (let amount = 0.05; !enough(color) && amount < 1; amount += 0.05)
    color = darken(colors[colors.length - 1], amount);
  return color;
}

/** Secondary ("dimmed") text: 5.9:1 on white (Mantine's gray.6 is 3.3:1). */
export const DIMMED = '#5c636a';

export const theme = createTheme({
  primaryColor: 'indigo',
  // indigo.7 on white is 5:1 (links, filled buttons); the default shade 6 is 4.3:1.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: 'sm',
  components: {
    // Links take the font size of where they are (table cells, breadcrumbs, text).
    // Underlined, so links in text are told apart by more than their colour.
    Anchor: Anchor.extend({ defaultProps: { inherit: true, underline: 'always' } }),
    // Long badges ("Eligible for promotion to Platinum") wrap on a phone instead of being cut off.
    Badge: Badge.extend({
      styles: {
        root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 },
      },
    }),
    // A loader is a <span>: its "Loading" label needs a role to be read (aria-label is not allowed on a plain span).
    Loader: Loader.extend({ defaultProps: { role: 'status', 'aria-label': 'Loading' } }),
    // Every dialog's close button has a name for screen readers.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    // A table wider than the screen scrolls sideways; keyboard users reach the scrolling area too.
    TableScrollContainer: TableScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
    // Number inputs group thousands like the numbers shown elsewhere (lib/format.ts: "100,000").
    NumberInput: NumberInput.extend({ defaultProps: { thousandSeparator: ',' } }),
  },
});

/**
 * Colours that read on white at WCAG AA (4.5:1) in the light scheme: filled backgrounds behind white text, the text of
 * light/subtle/outline variants (badges, alerts, nav links), coloured text (`c="red"`), error messages, dimmed text.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': DIMMED,
    '--mantine-color-placeholder': DIMMED,
  };
  for (const [name, colors] of Object.entries({ ...DEFAULT_THEME.colors, ...t.colors })) {
    if (name === 'dark' || name === 'gray' || !colors) continue;
    // White text on filled backgrounds; coloured text on white and on the light variants' tints (shades 1–2 when hovered).
    const filled = shadeWithContrast(colors, '#ffffff', name === t.primaryColor ? 7 : 6);
    const text = shadeWithContrast(colors, colors[2], 7);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-light-color`] = text;
    light[`--mantine-color-${name}-text`] = text;
  }
  light['--mantine-color-error'] = light['--mantine-color-red-text'];
  // Links also sit on striped table rows (gray.1).
  const primary = t.colors[t.primaryColor] ?? DEFAULT_THEME.colors[t.primaryColor];
  light['--mantine-color-anchor'] = shadeWithContrast(primary, DEFAULT_THEME.colors.gray[1], 7);
  return { variables: {}, light, dark: {} };
};
