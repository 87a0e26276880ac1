import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api';
import { renderWithProviders } from '../../test/render';
import { AddPortalUsersForm, parseEmails } from './AddPortalUsersForm';

vi.mock('../../api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../api')>();
  return {
    ...actual,
    api: { addMyOrganizationUsers: vi.fn(), addPortalUsers: vi.fn(), listContacts: vi.fn() },
  };
});

describe('AddPortalUsersForm', () => {
  beforeEach(() => {
    vi.mocked(api.addMyOrganizationUsers).mockReset();
    vi.mocked(api.addPortalUsers).mockReset();
    vi.mocked(api.listContacts).mockReset();
    vi.mocked(api.listContacts).mockResolvedValue({
      items: [{ id: 'c-1', name: 'Anna Admin', email: 'anna@northwind.example', hasPortalUser: false }],
      page: 1,
      pageSize: 200,
      totalCount: 1,
    });
  });

  it('says clearly that no licence seat is free', async () => {
    vi.mocked(api.addMyOrganizationUsers).mockRejectedValue({
      title: 'Conflict',
      status: 409,
      detail: 'All 5 seats of "Partner portal cloud" are in use.',
      code: 'no_free_seat',
    });
    const onDone = vi.fn();
    renderWithProviders(<AddPortalUsersForm onDone={onDone} />);

    await userEvent.type(
      screen.getByRole('textbox', { name: 'E-mail addresses' }),
      'ben@northwind.example{enter}cleo@northwind.example{enter}ben@northwind.example',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: 'Make them organization admins' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add users' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No licence seat is free');
    expect(alert).toHaveTextContent('All 5 seats of "Partner portal cloud" are in use.');
    expect(onDone).not.toHaveBeenCalled();
    expect(api.addMyOrganizationUsers).toHaveBeenCalledWith({
      emails: ['ben@northwind.example', 'cleo@northwind.example'],
      makeAdmins: true,
    });
  });

  it('shows e-mail errors under the text area (back-office, with contacts)', async () => {
    vi.mocked(api.addPortalUsers).mockRejectedValue({
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { 'emails[0]': ['"not-an-email" is not a valid e-mail address.'] },
    });
    renderWithProviders(<AddPortalUsersForm organization={{ id: 'org-1', accountId: 'acc-1' }} onDone={vi.fn()} />);

    expect(screen.getByRole('checkbox', { name: /Send invitations/ })).toBeChecked();
    await userEvent.type(screen.getByRole('textbox', { name: 'E-mail addresses' }), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Add users' }));

    expect(await screen.findByText('"not-an-email" is not a valid e-mail address.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-mail addresses' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(api.addPortalUsers).toHaveBeenCalledWith('org-1', {
      contactIds: undefined,
      emails: ['not-an-email'],
      makeAdmins: false,
      sendInvitations: true,
    });
  });

  it('asks for at least one user', async () => {
    renderWithProviders(<AddPortalUsersForm onDone={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add users' }));
    expect(await screen.findByText('Enter at least one e-mail address.')).toBeInTheDocument();
    expect(api.addMyOrganizationUsers).not.toHaveBeenCalled();
  });
});

describe('parseEmails', () => {
  it('splits lines, commas and semicolons and drops duplicates', () => {
    expect(parseEmails(' a@x.example\n\nb@x.example, A@x.example;c@x.example ')).toEqual([
      'a@x.example',
      'b@x.example',
      'c@x.example',
    ]);
  });
});
