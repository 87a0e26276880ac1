import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type CurrentUserDto } from '../../api';
import { portalUser } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import OrganizationPage from './OrganizationPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return { ...actual, api: { getCurrentUser: vi.fn(), listMyOrganizationUsers: vi.fn() } };
});

function signedInAs(user: CurrentUserDto) {
  vi.mocked(api.getCurrentUser).mockResolvedValue(user);
  vi.mocked(api.listMyOrganizationUsers).mockResolvedValue({ items: [], page: 1, pageSize: 20, totalCount: 0 });
}

describe('OrganizationPage', () => {
  beforeEach(() => vi.clearAllMocks());

  it('offers adding users at the organization’s own e-mail domain', async () => {
    signedInAs(portalUser);
    renderWithProviders(<OrganizationPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Add users' }));

    expect(await screen.findByText('One per line, at northwind.example')).toBeInTheDocument();
  });

  it('hides Add users when no e-mail domain is set, and says who adds users', async () => {
    signedInAs({ ...portalUser, partner: { ...portalUser.partner!, emailDomain: undefined } });
    renderWithProviders(<OrganizationPage />);

    expect(await screen.findByText(/Your partner manager adds new users/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add users' })).not.toBeInTheDocument();
  });
});
