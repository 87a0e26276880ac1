import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, InvitationLinkStatus, Role, UserKind } from '../../api';
import { renderWithProviders } from '../../test/render';
import InvitationPage from './InvitationPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: { getInvitation: vi.fn(), acceptInvitation: vi.fn(), getCurrentUser: vi.fn() },
    refreshAntiforgeryToken: vi.fn().mockResolvedValue('token'),
    forgetAntiforgeryToken: vi.fn(),
  };
});

function Where() {
  const location = useLocation();
  return <p>At {location.pathname}</p>;
}

function renderInvitation(token = 'tok_123-abc') {
  return renderWithProviders(
    <Routes>
      <Route path="/invitation/:token" element={<InvitationPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { route: `/invitation/${token}` },
  );
}

describe('InvitationPage', () => {
  beforeEach(() => {
    vi.mocked(api.getInvitation).mockReset();
    vi.mocked(api.acceptInvitation).mockReset();
    vi.mocked(api.getCurrentUser).mockReset();
    vi.mocked(api.getCurrentUser).mockRejectedValue(
      Object.assign(new Error('Unauthorized'), { isApiException: true, status: 401, response: '', result: null }),
    );
  });

  it('shows the expired message with a link to sign in', async () => {
    vi.mocked(api.getInvitation).mockResolvedValue({
      email: 'anna@northwind.example',
      organizationName: 'Northwind Traders',
      status: InvitationLinkStatus.Expired,
    });
    renderInvitation();

    expect(await screen.findByRole('heading', { name: 'This invitation has expired' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the sign-in page' })).toHaveAttribute('href', '/login');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.getInvitation).toHaveBeenCalledWith('tok_123-abc');
  });

  it('shows a clear message for an unknown link', async () => {
    vi.mocked(api.getInvitation).mockRejectedValue({ title: 'Not Found', status: 404 });
    renderInvitation();
    expect(await screen.findByRole('heading', { name: 'This invitation link is not valid' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the sign-in page' })).toBeInTheDocument();
  });

  it('sets the password and goes to the portal', async () => {
    vi.mocked(api.getInvitation).mockResolvedValue({
      email: 'anna@northwind.example',
      organizationName: 'Northwind Traders',
      status: InvitationLinkStatus.Valid,
    });
    vi.mocked(api.acceptInvitation).mockResolvedValue({
      id: 'pu-1',
      email: 'anna@northwind.example',
      displayName: 'Anna',
      roles: [Role.PortalUser],
      permissions: [],
      kind: UserKind.PortalUser,
      currency: 'EUR',
    });
    renderInvitation();

    expect(await screen.findByText('Northwind Traders')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('anna@northwind.example');

    await userEvent.type(screen.getByLabelText('Password'), 'Portal123!pass');
    await userEvent.type(screen.getByLabelText('Confirm password'), 'Portal123!other');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByText('The passwords do not match.')).toBeInTheDocument();
    expect(api.acceptInvitation).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText('Confirm password'));
    await userEvent.type(screen.getByLabelText('Confirm password'), 'Portal123!pass');
    await userEvent.type(screen.getByRole('textbox', { name: /Display name/ }), 'Anna');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(await screen.findByText('At /portal')).toBeInTheDocument();
    expect(api.acceptInvitation).toHaveBeenCalledWith('tok_123-abc', {
      password: 'Portal123!pass',
      displayName: 'Anna',
    });
  });

  it('shows the password policy error under the input', async () => {
    vi.mocked(api.getInvitation).mockResolvedValue({
      email: 'anna@northwind.example',
      organizationName: 'Northwind Traders',
      status: InvitationLinkStatus.Valid,
    });
    vi.mocked(api.acceptInvitation).mockRejectedValue({
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { password: ['Passwords must have at least one digit.'] },
    });
    renderInvitation();

    await userEvent.type(await screen.findByLabelText('Password'), 'short');
    await userEvent.type(screen.getByLabelText('Confirm password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(await screen.findByText('Passwords must have at least one digit.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
