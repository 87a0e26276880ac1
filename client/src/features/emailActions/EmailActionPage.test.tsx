import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api, EmailAction, EmailActionState, type EmailActionDto } from '../../api';
import { renderWithProviders } from '../../test/render';
import EmailActionPage from './EmailActionPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: { getEmailAction: vi.fn(), performEmailAction: vi.fn() },
    refreshAntiforgeryToken: vi.fn().mockResolvedValue('token'),
    forgetAntiforgeryToken: vi.fn(),
  };
});

const ready = (action: EmailAction): EmailActionDto => ({
  action,
  state: EmailActionState.Ready,
  leadId: 'lead-1',
  customer: 'Fabrikam',
  deadline: '2026-12-02T10:00:00Z',
  recipientName: 'Anna',
});

function renderAt(token = 'tok_1') {
  return renderWithProviders(
    <Routes>
      <Route path="/email-action/:token" element={<EmailActionPage />} />
    </Routes>,
    { route: `/email-action/${token}` },
  );
}

describe('EmailActionPage', () => {
  beforeEach(() => {
    vi.mocked(api.getEmailAction).mockReset();
    vi.mocked(api.performEmailAction).mockReset();
  });

  it('accepts on one click, without signing in, and links to the lead', async () => {
    vi.mocked(api.getEmailAction).mockResolvedValue(ready(EmailAction.AcceptLeadOffer));
    vi.mocked(api.performEmailAction).mockResolvedValue({
      ...ready(EmailAction.AcceptLeadOffer),
      state: EmailActionState.Used,
    });
    renderAt();
    expect(await screen.findByRole('heading', { name: 'Accept the lead Fabrikam?' })).toBeInTheDocument();
    expect(api.performEmailAction).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Accept the lead' }));
    expect(api.performEmailAction).toHaveBeenCalledWith('tok_1', { reason: undefined });
    expect(await screen.findByRole('heading', { name: 'You accepted the lead' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the lead on the portal' })).toHaveAttribute(
      'href',
      '/portal/leads/lead-1',
    );
  });

  it('declines only with a reason', async () => {
    vi.mocked(api.getEmailAction).mockResolvedValue(ready(EmailAction.DeclineLeadOffer));
    vi.mocked(api.performEmailAction).mockResolvedValue({
      ...ready(EmailAction.DeclineLeadOffer),
      state: EmailActionState.Used,
    });
    renderAt();
    await userEvent.click(await screen.findByRole('button', { name: 'Decline the lead' }));
    expect(await screen.findByText('Tell us why you decline the lead.')).toBeInTheDocument();
    expect(api.performEmailAction).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: /Why do you decline/ }), 'No capacity');
    await userEvent.click(screen.getByRole('button', { name: 'Decline the lead' }));
    expect(api.performEmailAction).toHaveBeenCalledWith('tok_1', { reason: 'No capacity' });
    expect(await screen.findByRole('heading', { name: 'You declined the lead' })).toBeInTheDocument();
  });

  it.each([
    [EmailActionState.Used, 'This link has already been used'],
    [EmailActionState.Expired, 'This link has expired'],
    [EmailActionState.Closed, 'This offer has already been answered'],
  ])('a %s link says so and offers no action', async (state, heading) => {
    vi.mocked(api.getEmailAction).mockResolvedValue({ ...ready(EmailAction.AcceptLeadOffer), state });
    renderAt();
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getByText(/Nothing was changed/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept the lead' })).not.toBeInTheDocument();
  });

  it('an unknown link is not valid', async () => {
    vi.mocked(api.getEmailAction).mockRejectedValue({ title: 'Not found.', status: 404 });
    renderAt('nope');
    expect(await screen.findByRole('heading', { name: 'This link is not valid' })).toBeInTheDocument();
  });

  it('a refused answer shows why and that nothing changed', async () => {
    vi.mocked(api.getEmailAction).mockResolvedValue(ready(EmailAction.AcceptLeadOffer));
    vi.mocked(api.performEmailAction).mockRejectedValue({
      title: 'Conflict',
      status: 409,
      detail: 'The offer is no longer open.',
      code: 'lead_offer_invalid',
    });
    renderAt();
    await userEvent.click(await screen.findByRole('button', { name: 'Accept the lead' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The offer is no longer open.');
    expect(screen.getByText('Nothing was changed.')).toBeInTheDocument();
  });
});
