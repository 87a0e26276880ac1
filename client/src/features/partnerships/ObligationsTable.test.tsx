import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricCode, ParameterValueType, type ObligationDto } from '../../api';
import { renderWithProviders } from '../../test/render';
import { ObligationsTable } from './ObligationsTable';

const obligations: ObligationDto[] = [
  {
    categoryId: 'cat-amount',
    categoryName: 'Opportunity amount',
    metric: MetricCode.OpportunityAmount,
    currentParameterId: 'param-1',
    valueType: ParameterValueType.Decimal,
    targetValue: 100000,
    currentValue: 48250.5,
    maxScore: 40,
    score: 19,
    computed: false,
  },
  {
    categoryId: 'cat-experts',
    categoryName: 'Certified experts',
    metric: MetricCode.CertifiedExperts,
    currentParameterId: 'param-2',
    valueType: ParameterValueType.Boolean,
    targetValue: 1,
    currentValue: 0,
    maxScore: 20,
    score: 0,
    computed: false,
  },
];

const rowOf = (category: string) => screen.getByRole('cell', { name: category }).closest('tr') as HTMLElement;

describe('ObligationsTable', () => {
  it('shows target and current values with thousands separators when read-only', () => {
    renderWithProviders(<ObligationsTable obligations={obligations} />);

    const amount = within(rowOf('Opportunity amount'));
    expect(amount.getByText('Opportunity amount')).toBeInTheDocument();
    expect(amount.getByText('100,000')).toBeInTheDocument();
    expect(amount.getByText('48,250.5')).toBeInTheDocument();
    expect(amount.getByText('19 / 40')).toBeInTheDocument();
    expect(screen.queryByText('100000')).not.toBeInTheDocument();

    const experts = within(rowOf('Certified experts'));
    expect(experts.getByText('Yes')).toBeInTheDocument();
    expect(experts.getByText('No')).toBeInTheDocument();
  });

  it('groups thousands in the inline edit input like the display', () => {
    renderWithProviders(<ObligationsTable partnershipId="ps-1" obligations={obligations} />);

    expect(within(rowOf('Opportunity amount')).getByText('100,000')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Current value of Opportunity amount' })).toHaveValue('48,250.5');
    expect(screen.getByRole('button', { name: 'Save current value of Opportunity amount' })).toBeDisabled();
  });

  it('shows one card per obligation on a phone, progress first, without sideways scrolling', () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({ ...matchMedia(query), matches: true })) as typeof window.matchMedia;
    try {
      renderWithProviders(<ObligationsTable obligations={obligations} />);
      const cards = within(screen.getByRole('list', { name: 'Obligations' })).getAllByRole('listitem');
      expect(cards).toHaveLength(2);
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(
        within(cards[0]).getByRole('progressbar', { name: /Opportunity amount: 48,250.5 of 100,000/ }),
      ).toBeInTheDocument();
      expect(cards[0]).toHaveTextContent('19 / 40 points');
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
