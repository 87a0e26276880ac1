import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, Role, UserKind } from '../../api';
import { renderWithProviders } from '../../test/render';
import LoginPage from './LoginPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: { getCurrentUser: vi.fn(), login: vi.fn() },
    refreshAntiforgeryToken: vi.fn().mockResolvedValue('token'),
    forgetAntiforgeryToken: vi.fn(),
  };
});

function Where() {
  const location = useLocation();
  return <p>At {location.pathname + location.search}</p>;
}

function renderLogin() {
  return renderWithProviders(
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { route: { pathname: '/login', state: { from: { pathname: '/partnerships', search: '?page=2' } } } },
  );
}

describe('LoginPage', () => {
  beforeEach(() => {
    vi.mocked(api.getCurrentUser).mockReset();
    vi.mocked(api.login).mockReset();
    // Signed out: the generated client throws its exception class for a 401 without a body.
    vi.mocked(api.getCurrentUser).mockRejectedValue(
      Object.assign(new Error('Unauthorized'), { isApiException: true, status: 401, response: '', result: null }),
    );
  });

  it('shows the invalid_credentials error', async () => {
    vi.mocked(api.login).mockRejectedValue({
      title: 'Invalid credentials',
      status: 400,
      detail: 'The email or password is incorrect.',
      code: 'invalid_credentials',
    });
    renderLogin();

    await userEvent.type(await screen.findByRole('textbox', { name: 'Email' }), 'admin@partnerportal.local');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The email or password is incorrect.');
    expect(api.login).toHaveBeenCalledWith({ email: 'admin@partnerportal.local', password: 'wrong' });
  });

  it('goes back where the user was after signing in', async () => {
    vi.mocked(api.login).mockResolvedValue({
      id: 'user-1',
      email: 'admin@partnerportal.local',
      displayName: 'Admin',
      roles: [Role.Admin],
      permissions: [],
      kind: UserKind.Employee,
      currency: 'EUR',
    });
    renderLogin();

    await userEvent.type(await screen.findByRole('textbox', { name: 'Email' }), 'admin@partnerportal.local');
    await userEvent.type(screen.getByLabelText('Password'), 'Admin123!demo');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('At /partnerships?page=2')).toBeInTheDocument();
  });

  it('sends a portal user to the portal instead of a back-office page', async () => {
    vi.mocked(api.login).mockResolvedValue({
      id: 'pu-1',
      email: 'anna@northwind.example',
      displayName: 'Anna',
      roles: [Role.PortalUser],
      permissions: [],
      kind: UserKind.PortalUser,
      currency: 'EUR',
      partner: {
        accountId: 'acc-1',
        accountName: 'Northwind Traders',
        organizationId: 'org-1',
        isOrganizationAdmin: false,
      },
    });
    renderLogin();

    await userEvent.type(await screen.findByRole('textbox', { name: 'Email' }), 'anna@northwind.example');
    await userEvent.type(screen.getByLabelText('Password'), 'Portal123!pass');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('At /portal')).toBeInTheDocument();
  });

  it('links to "Forgot password?"', async () => {
    renderLogin();

    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot-password');
  });
});
