import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  MetricCode,
  ParameterKind,
  ParameterValueType,
  type LevelParameterDto,
  type ParameterCategoryDto,
} from '../../api';
import { renderWithProviders } from '../../test/render';
import { LevelParameterForm } from './LevelParameterForm';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      addLevelParameter: vi.fn(),
      updateLevelParameter: vi.fn(),
    },
  };
});

const categories: ParameterCategoryDto[] = [
  {
    id: 'cat-leads',
    name: 'Leads number',
    metric: MetricCode.LeadsNumber,
    defaultValueType: ParameterValueType.Integer,
  },
  {
    id: 'cat-margin',
    name: 'Margin',
    metric: MetricCode.Margin,
    defaultValueType: ParameterValueType.Decimal,
  },
  {
    id: 'cat-prices',
    name: 'Price list',
    metric: MetricCode.PriceList,
    defaultValueType: ParameterValueType.String,
  },
];

const leads: LevelParameterDto = {
  id: 'param-7',
  levelId: 'level-bronze',
  kind: ParameterKind.Obligation,
  categoryId: 'cat-leads',
  categoryName: 'Leads number',
  valueType: ParameterValueType.Integer,
  numberValue: 10,
  score: 40,
  startDate: '2025-01-01',
  displayValue: '10',
};

describe('LevelParameterForm', () => {
  beforeEach(() => {
    vi.mocked(api.addLevelParameter).mockReset();
    vi.mocked(api.updateLevelParameter).mockReset();
  });

  it('shows field errors from a problem under the matching inputs', async () => {
    vi.mocked(api.updateLevelParameter).mockRejectedValue({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: {
        score: ['Score must not be negative.'],
        dueDate: ['Valid to must be after valid from.'],
      },
    });
    const onDone = vi.fn();
    renderWithProviders(
      <LevelParameterForm levelId="level-bronze" categories={categories} parameter={leads} onDone={onDone} />,
    );

    const score = screen.getByLabelText('Score');
    await userEvent.clear(score);
    await userEvent.type(score, '-5');
    await userEvent.type(screen.getByLabelText('Valid to'), '2024-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Score must not be negative.')).toBeInTheDocument();
    expect(screen.getByText('Valid to must be after valid from.')).toBeInTheDocument();
    expect(screen.getByLabelText('Score')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Valid to')).toHaveAttribute('aria-invalid', 'true');
    // Errors shown under inputs are not repeated in an alert.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();

    expect(api.updateLevelParameter).toHaveBeenCalledWith('param-7', {
      kind: ParameterKind.Obligation,
      categoryId: 'cat-leads',
      valueType: ParameterValueType.Integer,
      numberValue: 10,
      textValue: undefined,
      boolValue: undefined,
      score: -5,
      startDate: '2025-01-01',
      dueDate: '2024-01-01',
    });
  });

  it('shows a conflict detail in an alert', async () => {
    vi.mocked(api.updateLevelParameter).mockRejectedValue({
      title: 'Conflict',
      status: 409,
      detail: 'This level already has a Leads number obligation for that period.',
      code: 'duplicate_parameter',
    });
    renderWithProviders(
      <LevelParameterForm levelId="level-bronze" categories={categories} parameter={leads} onDone={vi.fn()} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This level already has a Leads number obligation for that period.',
    );
  });

  it('pre-selects the default value type of the picked category and adapts the value input', async () => {
    vi.mocked(api.addLevelParameter).mockImplementation(async (levelId, body) => ({
      ...body,
      startDate: body.startDate ?? '2025-01-01',
      id: 'param-99',
      levelId,
      categoryName: 'Margin',
      displayValue: '10',
    }));
    const onDone = vi.fn();
    renderWithProviders(<LevelParameterForm levelId="level-bronze" categories={categories} onDone={onDone} />);

    await userEvent.click(screen.getByRole('radio', { name: 'Benefit' }));
    expect(screen.getByLabelText('Score')).toBeDisabled();

    await userEvent.click(screen.getByRole('combobox', { name: 'Category' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Price list' }));
    expect(screen.getByRole('combobox', { name: 'Value type' })).toHaveValue('String');
    // A text input for String values: letters are accepted.
    await userEvent.type(screen.getByRole('textbox', { name: 'Value' }), 'Partner prices');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('Partner prices');

    await userEvent.click(screen.getByRole('combobox', { name: 'Category' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Margin' }));
    expect(screen.getByRole('combobox', { name: 'Value type' })).toHaveValue('Decimal');

    // A number input for Decimal values: letters are ignored; a margin is a percentage ("10.5 %", as it is shown).
    await userEvent.type(screen.getByRole('textbox', { name: 'Value' }), 'x10.5');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('10.5 %');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.addLevelParameter).toHaveBeenCalledWith(
      'level-bronze',
      expect.objectContaining({
        kind: ParameterKind.Benefit,
        categoryId: 'cat-margin',
        valueType: ParameterValueType.Decimal,
        numberValue: 10.5,
        score: 0,
      }),
    );
  });
});
