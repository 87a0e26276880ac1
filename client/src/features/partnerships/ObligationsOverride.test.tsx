import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, MetricCode, ParameterValueType, ProblemCode, type ObligationDto } from '../../api';
import { partnership, partnerManagerUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ObligationsTable } from './ObligationsTable';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: { getCurrentUser: vi.fn(), updatePartnershipParameter: vi.fn(), removeParameterOverride: vi.fn() },
  };
});

const measured: ObligationDto = {
  categoryId: 'cat-leads',
  categoryName: 'Leads number',
  metric: MetricCode.LeadsNumber,
  currentParameterId: 'param-leads',
  valueType: ParameterValueType.Integer,
  targetValue: 10,
  currentValue: 6,
  maxScore: 40,
  score: 24,
  computed: true,
};

const manual: ObligationDto = {
  categoryId: 'cat-training',
  categoryName: 'Sales training',
  metric: MetricCode.None,
  currentParameterId: 'param-training',
  valueType: ParameterValueType.Integer,
  targetValue: 2,
  currentValue: 1,
  maxScore: 20,
  score: 10,
  computed: false,
};

const rowOf = (category: string) => screen.getByText(category).closest('tr') as HTMLElement;

describe('ObligationsTable: measured obligations', () => {
  beforeEach(() => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(partnerManagerUser);
    vi.mocked(api.updatePartnershipParameter).mockReset();
    vi.mocked(api.removeParameterOverride).mockReset();
  });

  it('badges a measured obligation and offers an override instead of an inline edit; a manual one keeps the edit', () => {
    renderWithProviders(<ObligationsTable partnershipId="ps-1" obligations={[measured, manual]} />);

    const leads = within(rowOf('Leads number'));
    expect(leads.getByText('Measured')).toBeInTheDocument();
    expect(leads.getByRole('button', { name: 'Override…' })).toBeInTheDocument();
    expect(leads.queryByRole('textbox')).not.toBeInTheDocument();
    expect(leads.queryByRole('button', { name: 'Remove override' })).not.toBeInTheDocument();

    const training = within(rowOf('Sales training'));
    expect(training.queryByText('Measured')).not.toBeInTheDocument();
    expect(training.getByRole('textbox', { name: 'Current value of Sales training' })).toBeInTheDocument();
    expect(training.queryByRole('button', { name: 'Override…' })).not.toBeInTheDocument();
  });

  it('overrides only with a reason, and shows a 422 under the reason', async () => {
    vi.mocked(api.updatePartnershipParameter).mockRejectedValueOnce({
      status: 422,
      title: 'The value is measured',
      detail: 'Leads number is measured from the records; an override needs a reason.',
      code: ProblemCode.MetricIsComputed,
    });
    renderWithProviders(<ObligationsTable partnershipId="ps-1" obligations={[measured]} />);

    await userEvent.click(screen.getByRole('button', { name: 'Override…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Override Leads number' });
    const value = within(dialog).getByRole('textbox', { name: /Value/ });
    await userEvent.clear(value);
    await userEvent.type(value, '9');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Override' }));

    expect(await within(dialog).findByText('Say why the measured value is overridden.')).toBeInTheDocument();
    expect(api.updatePartnershipParameter).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Leads kept in the old CRM');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Override' }));

    expect(api.updatePartnershipParameter).toHaveBeenCalledWith('ps-1', 'param-leads', {
      numberValue: 9,
      overrideReason: 'Leads kept in the old CRM',
    });
    // The server's 422 is shown under the reason, not as a separate alert.
    expect(await within(dialog).findByText(/an override needs a reason/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    vi.mocked(api.updatePartnershipParameter).mockResolvedValueOnce(partnership);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Override' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows an override with its reason and removes it on request', async () => {
    vi.mocked(api.removeParameterOverride).mockResolvedValue(partnership);
    renderWithProviders(
      <ObligationsTable
        partnershipId="ps-1"
        obligations={[{ ...measured, currentValue: 9, overrideReason: 'Leads kept in the old CRM' }]}
      />,
    );

    const leads = within(rowOf('Leads number'));
    expect(leads.getByText('Overridden: Leads kept in the old CRM')).toBeInTheDocument();
    await userEvent.click(leads.getByRole('button', { name: 'Remove override' }));

    expect(api.removeParameterOverride).toHaveBeenCalledWith('ps-1', 'param-leads');
  });

  it('shows the override reason read-only in the portal, with no action', () => {
    renderWithProviders(
      <ObligationsTable
        obligations={[{ ...measured, currentValue: 9, overrideReason: 'Leads kept in the old CRM' }]}
      />,
    );

    expect(screen.getByText('Overridden: Leads kept in the old CRM')).toBeInTheDocument();
    expect(screen.getByText('Measured')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
