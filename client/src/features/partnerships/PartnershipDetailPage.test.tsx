import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, PartnershipEventKind, Permission } from '../../api';
import { adminUser, partnership, portalUserManagerUser, promotionDecision, scoreDecision } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import PartnershipDetailPage from './PartnershipDetailPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: {
      getCurrentUser: vi.fn(),
      getPartnership: vi.fn(),
      getPartnershipHistory: vi.fn(),
      getPartnershipEvents: vi.fn(),
      evaluatePartnership: vi.fn(),
      getPartnershipDecisions: vi.fn(),
      getRenewalProposal: vi.fn(),
      renewPartnership: vi.fn(),
      deactivatePartnership: vi.fn(),
      activatePartnership: vi.fn(),
      listPartnerLevels: vi.fn(),
      overridePartnershipLevel: vi.fn(),
    },
  };
});

const eligible = { ...partnership, id: 'p-1', promotionEligible: true, nextLevelName: 'Platinum', isActive: true };

const proposal = {
  partnershipId: 'p-1',
  currentLevelId: 'level-5',
  currentLevelName: 'Silver',
  proposedLevelId: 'level-4',
  proposedLevelName: 'Bronze',
  movesDown: true,
  reason: 'Silver obligations missed by 2025-12-31 (+30 grace days): 20 of 100 points.',
  graceUntil: '2026-01-30',
  opensOn: '2025-12-01',
  canRenewNow: true,
  nextStartDate: '2026-01-01',
  nextDueDate: '2026-12-31',
};

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/partnerships/:id" element={<PartnershipDetailPage />} />
      <Route path="/partnerships/p-2" element={<p>The renewed partnership</p>} />
    </Routes>,
    { route: '/partnerships/p-1' },
  );
}

describe('PartnershipDetailPage', () => {
  beforeEach(() => {
    vi.mocked(api.getCurrentUser).mockReset().mockResolvedValue(adminUser);
    vi.mocked(api.getPartnership).mockReset().mockResolvedValue(eligible);
    vi.mocked(api.getPartnershipHistory)
      .mockReset()
      .mockResolvedValue({ items: [], page: 1, pageSize: 20, totalCount: 0 });
    vi.mocked(api.getPartnershipEvents)
      .mockReset()
      .mockResolvedValue({
        items: [
          {
            id: 'e-1',
            kind: PartnershipEventKind.Promoted,
            at: '2026-11-30T08:00:00Z',
            text: 'Promoted from Bronze to Silver by manager@partnerportal.local',
          },
        ],
        page: 1,
        pageSize: 20,
        totalCount: 1,
      });
    vi.mocked(api.evaluatePartnership).mockReset();
    vi.mocked(api.getPartnershipDecisions)
      .mockReset()
      .mockResolvedValue({ items: [promotionDecision, scoreDecision], page: 1, pageSize: 50, totalCount: 2 });
    vi.mocked(api.getRenewalProposal).mockReset().mockResolvedValue(proposal);
    vi.mocked(api.renewPartnership).mockReset();
    vi.mocked(api.listPartnerLevels)
      .mockReset()
      .mockResolvedValue([
        { id: 'level-4', partnerTypeId: 'type-2', name: 'Bronze', number: 1, targetScore: 80, parameters: [] },
        { id: 'level-5', partnerTypeId: 'type-2', name: 'Silver', number: 2, targetScore: 100, parameters: [] },
      ]);
    vi.mocked(api.deactivatePartnership)
      .mockReset()
      .mockResolvedValue({ ...eligible, isActive: false });
  });

  it('evaluates on demand and says what the evaluation did; there is no manual promotion', async () => {
    vi.mocked(api.evaluatePartnership).mockResolvedValue({
      ...eligible,
      partnerLevelId: 'level-6',
      partnerLevelName: 'Platinum',
      currentScore: 10,
      targetScore: 0,
    });
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: 'Evaluate now' }));

    expect(api.evaluatePartnership).toHaveBeenCalledWith('p-1');
    expect(await screen.findByRole('status')).toHaveTextContent('Promoted from Silver to Platinum');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Promote/ })).not.toBeInTheDocument();
  });

  it('shows the latest decision in full and the past ones', async () => {
    renderPage();

    const latest = await screen.findByRole('article', { name: 'Latest decision' });
    expect(latest).toHaveTextContent('Promoted');
    expect(latest).toHaveTextContent('Bronze → Silver');
    expect(latest).toHaveTextContent('64 → 80 of target 80');
    expect(latest).toHaveTextContent('After a change: Lead registered');
    expect(latest).toHaveTextContent('Max Manager');
    expect(latest).toHaveTextContent('Bronze target of 80 points reached: promoted to Silver.');
    const lines = within(latest).getByRole('table', { name: 'Decision lines' });
    expect(lines).toHaveTextContent('Leads number');
    expect(lines).toHaveTextContent('10 of 10');
    expect(lines).toHaveTextContent('100,000 of 100,000');
    expect(lines).toHaveTextContent('40 of 40');
    expect(lines).toHaveTextContent('Overridden: Deal booked in the old CRM');

    const past = screen.getByRole('table', { name: 'Past decisions' });
    expect(past).toHaveTextContent('Score changed');
    expect(past).toHaveTextContent('Nightly evaluation');
    expect(past).toHaveTextContent('Score 64 of 80: 16 points missing for Silver.');
    expect(past).not.toHaveTextContent('promoted to Silver');
    expect(api.getPartnershipDecisions).toHaveBeenCalledWith('p-1', 1, 50);
  });

  it('renews at the proposed level in one action and opens the new partnership', async () => {
    vi.mocked(api.renewPartnership).mockResolvedValue({ ...eligible, id: 'p-2' });
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: 'Renew…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Renew the partnership' });
    expect(dialog).toHaveTextContent('Proposed level: Bronze');
    expect(dialog).toHaveTextContent('Moves down from Silver');
    expect(dialog).toHaveTextContent(proposal.reason);
    expect(dialog).toHaveTextContent('2026-01-30');
    expect(dialog).toHaveTextContent('2026-01-01 – 2026-12-31');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Renew' }));

    expect(api.renewPartnership).toHaveBeenCalledWith('p-1', {});
    expect(await screen.findByText('The renewed partnership')).toBeInTheDocument();
  });

  it('asks for a reason when the manager renews at another level than proposed', async () => {
    vi.mocked(api.renewPartnership).mockResolvedValue({ ...eligible, id: 'p-2' });
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: 'Renew…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Renew the partnership' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Another level' }));
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Level' }));
    await userEvent.click(await screen.findByRole('option', { name: '2. Silver' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Renew' }));

    expect(await within(dialog).findByText('Say why the proposal is not kept.')).toBeInTheDocument();
    expect(api.renewPartnership).not.toHaveBeenCalled();

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Strategic partner');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Renew' }));

    expect(api.renewPartnership).toHaveBeenCalledWith('p-1', {
      partnerLevelId: 'level-5',
      reason: 'Strategic partner',
    });
  });

  it('says from when the renewal opens and offers no renewal before', async () => {
    vi.mocked(api.getRenewalProposal).mockResolvedValue({ ...proposal, canRenewNow: false });
    renderPage();

    expect(await screen.findByText(/The renewal opens on 2025-12-01/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Renew…' })).toBeDisabled();
  });

  it('asks before deactivating, and a cancel changes nothing', async () => {
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate' }));
    expect(await screen.findByText(/no longer earns points/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(api.deactivatePartnership).not.toHaveBeenCalled();
  });

  it('shows one readable line per action in the timeline', async () => {
    renderPage();

    expect(
      await screen.findByText('Promoted from Bronze to Silver by manager@partnerportal.local'),
    ).toBeInTheDocument();
  });

  it('offers no change to a role that may only read', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue({
      ...portalUserManagerUser,
      permissions: [...portalUserManagerUser.permissions, Permission.PartnersRead],
    });
    renderPage();

    await screen.findByText('Promoted from Bronze to Silver by manager@partnerportal.local');
    expect(screen.queryByRole('button', { name: /Promote/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Deactivate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change level…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Evaluate now' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Renew…' })).not.toBeInTheDocument();
    // The decisions are readable, the renewal proposal is not asked for.
    expect(await screen.findByRole('article', { name: 'Latest decision' })).toBeInTheDocument();
    expect(api.getRenewalProposal).not.toHaveBeenCalled();
  });
});
