import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, PartnershipEventKind, Permission } from '../../api';
import { adminUser, partnership, portalUserManagerUser } from '../../test/fixtures';
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
      promotePartnership: vi.fn(),
      deactivatePartnership: vi.fn(),
      activatePartnership: vi.fn(),
      listPartnerLevels: vi.fn(),
      overridePartnershipLevel: vi.fn(),
    },
  };
});

const eligible = { ...partnership, id: 'p-1', promotionEligible: true, nextLevelName: 'Platinum', isActive: true };

function renderPage() {
  return renderWithProviders(
    <Routes>
      <Route path="/partnerships/:id" element={<PartnershipDetailPage />} />
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
    vi.mocked(api.promotePartnership).mockReset().mockResolvedValue(eligible);
    vi.mocked(api.deactivatePartnership)
      .mockReset()
      .mockResolvedValue({ ...eligible, isActive: false });
  });

  it('asks before promoting, saying that reached values restart, and promotes only when confirmed', async () => {
    renderPage();

    await userEvent.click(await screen.findByRole('button', { name: 'Promote to Platinum' }));

    expect(await screen.findByText(/restart at 0 for the new level/)).toBeInTheDocument();
    expect(api.promotePartnership).not.toHaveBeenCalled();
    await userEvent.click(screen.getAllByRole('button', { name: 'Promote to Platinum' }).at(-1)!);
    await waitFor(() => expect(api.promotePartnership).toHaveBeenCalledWith('p-1', { resetProgress: true }));
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
  });
});
