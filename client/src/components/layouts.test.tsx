import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { adminUser, partnerManagerUser, portalUser, portalUserManagerUser } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { AppLayout } from './AppLayout';
import { PortalLayout } from './PortalLayout';

vi.mock('../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../api')>();
  return { ...actual, api: { getCurrentUser: vi.fn(), logout: vi.fn() } };
});

const admin = adminUser;
const manager = partnerManagerUser;
const portalUserManager = portalUserManagerUser;

function renderAt(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<p>Sign-in page</p>} />
      <Route path="/portal" element={<PortalLayout />}>
        <Route index element={<p>Portal home</p>} />
      </Route>
      <Route path="/" element={<AppLayout />}>
        <Route index element={<p>Back-office home</p>} />
        <Route path="partnerships" element={<p>Partnerships page</p>} />
        <Route path="portal-organizations" element={<p>Portal organizations page</p>} />
      </Route>
    </Routes>,
    { route },
  );
}

describe('layouts', () => {
  beforeEach(() => vi.mocked(api.getCurrentUser).mockReset());

  it('sends a portal user from a back-office URL to the portal', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(portalUser);
    renderAt('/partnerships');
    expect(await screen.findByText('Portal home')).toBeInTheDocument();
    expect(screen.getByTestId('partner-account')).toHaveTextContent('Northwind Traders');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('Organization');
    expect(screen.queryByText('Partnerships page')).not.toBeInTheDocument();
  });

  it('sends an employee from the portal to the back-office', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(admin);
    renderAt('/portal');
    expect(await screen.findByText('Back-office home')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Licences' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Portal organizations' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Outbox' })).toHaveAttribute('href', '/admin/outbox');
    expect(screen.getByRole('link', { name: 'Scheduled jobs' })).toHaveAttribute('href', '/admin/jobs');
  });

  it('shows the portal menu entries only to their roles', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(manager);
    renderAt('/partnerships');
    expect(await screen.findByText('Partnerships page')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Licences' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Integration clients' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Outbox' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Scheduled jobs' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Portal organizations' })).not.toBeInTheDocument();
  });

  it('shows a portal user manager the portal menu entries but not the partner pages', async () => {
    vi.mocked(api.getCurrentUser).mockResolvedValue(portalUserManager);
    renderAt('/portal-organizations');
    expect(await screen.findByText('Portal organizations page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Portal organizations' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Partnerships' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Licences' })).not.toBeInTheDocument();
  });
});
