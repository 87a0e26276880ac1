import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { renderWithProviders } from '../../test/render';
import ForgotPasswordPage from './ForgotPasswordPage';
import { PASSWORD_RULES } from './passwordRules';
import ResetPasswordPage from './ResetPasswordPage';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: { requestPasswordReset: vi.fn(), resetPassword: vi.fn() },
    refreshAntiforgeryToken: vi.fn().mockResolvedValue('token'),
    forgetAntiforgeryToken: vi.fn(),
  };
});

function renderReset(route = '/reset-password/tok_123-abc?email=anna%40northwind.example') {
  return renderWithProviders(
    <Routes>
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/login" element={<p>Sign-in page</p>} />
    </Routes>,
    { route },
  );
}

describe('ResetPasswordPage', () => {
  beforeEach(() => {
    vi.mocked(api.resetPassword).mockReset();
    vi.mocked(api.requestPasswordReset).mockReset();
  });

  it('shows the password rules before typing and sends the token, e-mail and new password', async () => {
    vi.mocked(api.resetPassword).mockResolvedValue(undefined);
    renderReset();

    expect(screen.getByText(PASSWORD_RULES)).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).toHaveValue('anna@northwind.example');
    await userEvent.type(screen.getByLabelText('New password'), 'Reset123!pass');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'Reset123!pass');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));

    expect(await screen.findByRole('heading', { name: 'Your password is set' })).toBeInTheDocument();
    expect(api.resetPassword).toHaveBeenCalledWith({
      email: 'anna@northwind.example',
      token: 'tok_123-abc',
      newPassword: 'Reset123!pass',
    });
    expect(screen.getByRole('link', { name: 'Go to the sign-in page' })).toHaveAttribute('href', '/login');
  });

  it('does not send mismatching passwords', async () => {
    renderReset();

    await userEvent.type(screen.getByLabelText('New password'), 'Reset123!pass');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'Other123!pass');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));

    expect(await screen.findByText('The passwords do not match.')).toBeInTheDocument();
    expect(api.resetPassword).not.toHaveBeenCalled();
  });

  it('explains a used or expired link and offers a new one', async () => {
    vi.mocked(api.resetPassword).mockRejectedValue({
      status: 422,
      title: 'Rule violated.',
      code: 'password_reset_invalid',
      detail: 'This link is not valid: it was used already or is older than 2 hours. Ask for a new one.',
    });
    renderReset();

    await userEvent.type(screen.getByLabelText('New password'), 'Reset123!pass');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'Reset123!pass');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));

    expect(await screen.findByRole('heading', { name: 'This link is not valid' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('used already');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('shows a rule the server refused on the password field', async () => {
    vi.mocked(api.resetPassword).mockRejectedValue({
      status: 400,
      title: 'Some fields are not valid.',
      code: 'validation_failed',
      errors: { newPassword: ['Passwords must have at least one uppercase (A-Z).'] },
    });
    renderReset();

    await userEvent.type(screen.getByLabelText('New password'), 'reset123!pass');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'reset123!pass');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));

    expect(await screen.findByText('Passwords must have at least one uppercase (A-Z).')).toBeInTheDocument();
  });
});

describe('ForgotPasswordPage', () => {
  beforeEach(() => vi.mocked(api.requestPasswordReset).mockReset());

  it('sends the address and answers without telling whether it has a login', async () => {
    vi.mocked(api.requestPasswordReset).mockResolvedValue(undefined);
    renderReset('/forgot-password');

    await userEvent.type(screen.getByLabelText('Email'), ' anna@northwind.example ');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent('If anna@northwind.example has a login');
    expect(api.requestPasswordReset).toHaveBeenCalledWith({ email: 'anna@northwind.example' });
  });
});
