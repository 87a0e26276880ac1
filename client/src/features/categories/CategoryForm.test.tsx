import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, MetricCode, ParameterValueType } from '../../api';
import { renderWithProviders } from '../../test/render';
import { CategoryForm } from './CategoryForm';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { createParameterCategory: vi.fn(), updateParameterCategory: vi.fn() } };
});

describe('CategoryForm', () => {
  beforeEach(() => {
    vi.mocked(api.createParameterCategory).mockReset();
    vi.mocked(api.createParameterCategory).mockImplementation(async (body) => ({ ...body, id: 'cat-new' }));
  });

  it('gives the Price list metric the Price list value type, and takes it away with another metric', async () => {
    const onDone = vi.fn();
    renderWithProviders(<CategoryForm onDone={onDone} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Special prices');

    await userEvent.click(screen.getByRole('combobox', { name: 'Metric' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Price list' }));
    expect(screen.getByRole('combobox', { name: 'Default value type' })).toHaveValue('Price list');
    expect(screen.getByRole('combobox', { name: 'Default value type' })).toBeDisabled();

    await userEvent.click(screen.getByRole('combobox', { name: 'Metric' }));
    await userEvent.click(await screen.findByRole('option', { name: 'None' }));
    expect(screen.getByRole('combobox', { name: 'Default value type' })).toHaveValue('String');
    expect(screen.getByRole('combobox', { name: 'Default value type' })).toBeEnabled();

    await userEvent.click(screen.getByRole('combobox', { name: 'Metric' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Price list' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.createParameterCategory).toHaveBeenCalledWith(
      expect.objectContaining({ metric: MetricCode.PriceList, defaultValueType: ParameterValueType.PriceList }),
    );
  });
});
