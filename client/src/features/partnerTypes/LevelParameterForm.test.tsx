import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  MetricCode,
  ParameterKind,
  ParameterValueType,
  PriceListKind,
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
      listPriceLists: vi.fn(),
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
    defaultValueType: ParameterValueType.PriceList,
  },
  {
    id: 'cat-notes',
    name: 'Support hotline',
    metric: MetricCode.None,
    defaultValueType: ParameterValueType.String,
  },
];

const priceListPage = (kind: PriceListKind) => ({
  items:
    kind === PriceListKind.Base
      ? [{ id: 'list-base', name: 'Base price list', kind, lineCount: 3 }]
      : [
          { id: 'list-bronze', name: 'Partner Bronze', kind, partnerLevelId: 'level-bronze', lineCount: 2 },
          { id: 'list-silver', name: 'Partner Silver', kind, partnerLevelId: 'level-silver', lineCount: 2 },
        ],
});

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
    vi.mocked(api.listPriceLists).mockReset();
    vi.mocked(api.listPriceLists).mockImplementation(async (kind) => priceListPage(kind!));
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
    await userEvent.click(await screen.findByRole('option', { name: 'Support hotline' }));
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

  it('picks the Price list benefit from the base and level price lists by name, not as text', async () => {
    vi.mocked(api.addLevelParameter).mockImplementation(async (levelId, body) => ({
      ...body,
      startDate: body.startDate ?? '2025-01-01',
      id: 'param-100',
      levelId,
      categoryName: 'Price list',
      displayValue: 'Partner Silver',
    }));
    const onDone = vi.fn();
    renderWithProviders(<LevelParameterForm levelId="level-bronze" categories={categories} onDone={onDone} />);

    await userEvent.click(screen.getByRole('radio', { name: 'Benefit' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Category' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Price list' }));
    // The metric fixes the value type; no free-text value input is offered.
    expect(screen.getByRole('combobox', { name: 'Value type' })).toHaveValue('Price list');
    expect(screen.getByRole('combobox', { name: 'Value type' })).toBeDisabled();
    expect(screen.queryByRole('textbox', { name: 'Value' })).not.toBeInTheDocument();

    // Submitting without a list is refused locally.
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Choose a price list.')).toBeInTheDocument();
    expect(api.addLevelParameter).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('combobox', { name: 'Price list' }));
    expect(await screen.findByRole('option', { name: 'Base price list' })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('option', { name: 'Partner Silver' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.listPriceLists).toHaveBeenCalledWith(
      PriceListKind.Level,
      undefined,
      undefined,
      undefined,
      undefined,
      200,
    );
    expect(api.addLevelParameter).toHaveBeenCalledWith(
      'level-bronze',
      expect.objectContaining({
        kind: ParameterKind.Benefit,
        categoryId: 'cat-prices',
        valueType: ParameterValueType.PriceList,
        priceListId: 'list-silver',
        textValue: undefined,
        score: 0,
      }),
    );
  });

  it('shows the referenced price list of a benefit by its name when editing it', async () => {
    const benefit: LevelParameterDto = {
      id: 'param-8',
      levelId: 'level-bronze',
      kind: ParameterKind.Benefit,
      categoryId: 'cat-prices',
      categoryName: 'Price list',
      valueType: ParameterValueType.PriceList,
      textValue: 'Partner Bronze',
      priceListId: 'list-bronze',
      score: 0,
      startDate: '2025-01-01',
      displayValue: 'Partner Bronze',
    };
    vi.mocked(api.updateLevelParameter).mockResolvedValue(benefit);
    renderWithProviders(
      <LevelParameterForm levelId="level-bronze" categories={categories} parameter={benefit} onDone={vi.fn()} />,
    );

    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Price list' })).toHaveValue('Partner Bronze'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.updateLevelParameter).toHaveBeenCalledWith(
        'param-8',
        expect.objectContaining({
          valueType: ParameterValueType.PriceList,
          priceListId: 'list-bronze',
          textValue: undefined,
        }),
      ),
    );
  });
});
