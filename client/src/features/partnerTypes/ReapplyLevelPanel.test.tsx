import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { renderWithProviders } from '../../test/render';
import { ReapplyLevelPanel } from './ReapplyLevelPanel';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { previewLevelReapply: vi.fn(), reapplyLevel: vi.fn() } };
});

const preview = {
  levelId: 'level-1',
  levelName: 'Bronze',
  partnershipsAtLevel: 2,
  changed: [
    {
      partnershipId: 'p-1',
      name: 'Northwind Traders 2026',
      accountName: 'Northwind Traders',
      scoreBefore: 24,
      scoreAfter: 40,
      changes: ['Leads number (target): 10 for 40 points → 5 for 40 points'],
    },
  ],
};

describe('ReapplyLevelPanel', () => {
  beforeEach(() => {
    vi.mocked(api.previewLevelReapply).mockReset().mockResolvedValue(preview);
    vi.mocked(api.reapplyLevel).mockReset().mockResolvedValue(preview);
  });

  it('shows what would change before applying, then applies on request', async () => {
    const onDone = vi.fn();
    renderWithProviders(<ReapplyLevelPanel levelId="level-1" onDone={onDone} />);

    expect(await screen.findByText('Leads number (target): 10 for 40 points → 5 for 40 points')).toBeInTheDocument();
    expect(screen.getByText('24 → 40')).toBeInTheDocument();
    expect(api.reapplyLevel).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Apply to 1 partnership' }));

    expect(api.reapplyLevel).toHaveBeenCalledWith('level-1');
    expect(onDone).toHaveBeenCalled();
  });

  it('has nothing to apply when every partnership is up to date', async () => {
    vi.mocked(api.previewLevelReapply).mockResolvedValue({ ...preview, changed: [] });
    renderWithProviders(<ReapplyLevelPanel levelId="level-1" onDone={() => {}} />);

    expect(await screen.findByText(/Nothing to apply/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Apply to 0 partnerships' })).toBeDisabled();
  });
});
