import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { adminUser, partnerManagerUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ProgramRulesCard } from './ProgramRulesCard';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { getCurrentUser: vi.fn(), getProgramSettings: vi.fn(), updateProgramSettings: vi.fn() } };
});

describe('ProgramRulesCard', () => {
  beforeEach(() => {
    vi.mocked(api.getProgramSettings)
      .mockReset()
      .mockResolvedValue({ resetProgressOnPromotion: true, renewalGraceDays: 30 });
    vi.mocked(api.updateProgramSettings)
      .mockReset()
      .mockImplementation(async (body) => body);
  });

  it('lets an administrator change the rules, keeping the grace days within 0–365', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(adminUser);
    renderWithProviders(<ProgramRulesCard />);

    const reset = await screen.findByRole('switch', { name: /Progress restarts at promotion \(D2\)/ });
    expect(reset).toBeChecked();
    const days = screen.getByRole('textbox', { name: /Renewal grace days/ });
    expect(days).toHaveValue('30');
    const save = await screen.findByRole('button', { name: 'Save rules' });
    expect(save).toBeDisabled();

    await userEvent.click(reset);
    await userEvent.clear(days);
    await userEvent.type(days, '400');
    await userEvent.tab();
    await userEvent.click(save);
    // Mantine clamps the number on blur; what is sent is within the range.
    await waitFor(() =>
      expect(api.updateProgramSettings).toHaveBeenCalledWith({
        resetProgressOnPromotion: false,
        renewalGraceDays: 365,
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Saved');
  });

  it('shows the rules read-only to other program readers', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(partnerManagerUser);
    renderWithProviders(<ProgramRulesCard />);

    expect(await screen.findByRole('switch', { name: /Progress restarts at promotion/ })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /Renewal grace days/ })).toHaveAttribute('readonly');
    expect(screen.getByText('Administrators change these rules.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save rules' })).not.toBeInTheDocument();
  });
});
