import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { api, MetricCode, ParameterValueType } from '../../api';
import { partnerManagerUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ObligationsTable } from './ObligationsTable';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { getCurrentUser: vi.fn() } };
});

describe('amounts carry the installation currency', () => {
  it('shows an opportunity amount obligation in the currency the API names, and a count without one', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue({ ...partnerManagerUser, currency: 'USD' });
    renderWithProviders(
      <ObligationsTable
        obligations={[
          {
            categoryId: 'c-1',
            categoryName: 'Opportunity amount',
            metric: MetricCode.OpportunityAmount,
            currentParameterId: 'p-1',
            valueType: ParameterValueType.Decimal,
            targetValue: 100000,
            currentValue: 40000,
            maxScore: 40,
            score: 16,
            computed: false,
          },
          {
            categoryId: 'c-2',
            categoryName: 'Leads number',
            metric: MetricCode.LeadsNumber,
            currentParameterId: 'p-2',
            valueType: ParameterValueType.Integer,
            targetValue: 10,
            currentValue: 6,
            maxScore: 40,
            score: 24,
            computed: false,
          },
        ]}
      />,
    );

    expect(await screen.findByText('100,000 USD')).toBeInTheDocument();
    expect(screen.getByText('40,000 USD')).toBeInTheDocument();
    expect(screen.getByText('10')).toBeInTheDocument();
    expect(screen.queryByText('10 USD')).not.toBeInTheDocument();
  });
});
