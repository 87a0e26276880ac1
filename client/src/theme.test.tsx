import { DEFAULT_THEME, Loader, mergeMantineTheme } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from './test/render';
import { contrast, cssVariablesResolver, theme } from './theme';

describe('theme colours', () => {
  const light = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme)).light;

  it('keeps every colour readable at WCAG AA (4.5:1) and never turns a colour black', () => {
    for (const name of ['indigo', 'blue', 'green', 'teal', 'red', 'orange', 'grape']) {
      const filled = light[`--mantine-color-${name}-filled`];
      const text = light[`--mantine-color-${name}-light-color`];
      expect(contrast(filled, '#ffffff'), `${name} filled`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, DEFAULT_THEME.colors[name][2]), `${name} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(filled, '#000000'), `${name} filled is a colour`).toBeGreaterThan(1.5);
    }
    expect(contrast(light['--mantine-color-dimmed'], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(light['--mantine-color-anchor'], DEFAULT_THEME.colors.gray[1])).toBeGreaterThanOrEqual(4.5);
  });
});

describe('theme defaults', () => {
  it('gives loaders a role, so their "Loading" label is allowed and read', () => {
    renderWithProviders(<Loader />);
    expect(screen.getByRole('status', { name: 'Loading' })).toBeInTheDocument();
  });
});
