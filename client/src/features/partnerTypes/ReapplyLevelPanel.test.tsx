import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ReapplyEffect, type LevelReapplyDto } from '../../api';
import { renderWithProviders } from '../../test/render';
import { ReapplyLevelPanel } from './ReapplyLevelPanel';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { previewLevelReapply: vi.fn(), reapplyLevel: vi.fn() } };
});

const preview: LevelReapplyDto = {
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
      targetBefore: 80,
      targetAfter: 80,
      levelAfter: 'Bronze',
      effect: ReapplyEffect.Closer,
      changes: ['Leads number (target): 10 for 40 points → 5 for 40 points'],
      decisions: ['Score 24 → 40 of target 80: 40 points missing for Silver.'],
    },
    {
      partnershipId: 'p-2',
      name: 'Contoso 2026',
      accountName: 'Contoso',
      scoreBefore: 64,
      scoreAfter: 80,
      targetBefore: 80,
      targetAfter: 70,
      levelAfter: 'Silver',
      effect: ReapplyEffect.Promoted,
      changes: ['Leads number (target): 10 for 40 points → 5 for 40 points'],
      decisions: ['Bronze target of 70 points reached: promoted to Silver.'],
    },
  ],
};

describe('ReapplyLevelPanel', () => {
  beforeEach(() => {
    vi.mocked(api.previewLevelReapply).mockReset().mockResolvedValue(preview);
    vi.mocked(api.reapplyLevel).mockReset().mockResolvedValue(preview);
  });

  it('simulates the effect on each partnership before publishing, then publishes on request', async () => {
    const onDone = vi.fn();
    renderWithProviders(<ReapplyLevelPanel levelId="level-1" onDone={onDone} />);

    const table = await screen.findByRole('table', { name: 'Simulated changes' });
    const closer = within(screen.getByRole('row', { name: /Northwind Traders 2026/ }));
    expect(closer.getByText('Closer')).toBeInTheDocument();
    expect(closer.getByText('80')).toBeInTheDocument();
    expect(closer.getByText('24 → 40')).toBeInTheDocument();
    expect(closer.getByText('Leads number (target): 10 for 40 points → 5 for 40 points')).toBeInTheDocument();
    expect(closer.getByText('Score 24 → 40 of target 80: 40 points missing for Silver.')).toBeInTheDocument();
    const promoted = within(screen.getByRole('row', { name: /Contoso 2026/ }));
    expect(promoted.getByText('Promoted → Silver')).toBeInTheDocument();
    expect(promoted.getByText('80 → 70')).toBeInTheDocument();
    expect(promoted.getByText('Bronze target of 70 points reached: promoted to Silver.')).toBeInTheDocument();
    expect(table).toBeInTheDocument();
    expect(api.reapplyLevel).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Simulate' }));
    await waitFor(() => expect(api.previewLevelReapply).toHaveBeenCalledTimes(2));
    await userEvent.click(screen.getByRole('button', { name: 'Publish to 2 partnerships' }));

    expect(api.reapplyLevel).toHaveBeenCalledWith('level-1');
    expect(onDone).toHaveBeenCalled();
  });

  it('has nothing to apply when every partnership is up to date', async () => {
    vi.mocked(api.previewLevelReapply).mockResolvedValue({ ...preview, changed: [] });
    renderWithProviders(<ReapplyLevelPanel levelId="level-1" onDone={() => {}} />);

    expect(await screen.findByText(/Nothing to publish/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish to 0 partnerships' })).toBeDisabled();
  });
});
