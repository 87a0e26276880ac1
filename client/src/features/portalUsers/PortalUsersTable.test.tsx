import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { InvitationDelivery, InvitationStatus, type PortalUserDto } from '../../api';
import { renderWithProviders } from '../../test/render';
import { PortalUsersTable } from './PortalUsersTable';

function user(email: string, delivery: InvitationDelivery, error?: string): PortalUserDto {
  return {
    id: email,
    contactId: `c-${email}`,
    organizationId: 'o-1',
    email,
    displayName: email,
    isActive: true,
    isOrganizationAdmin: false,
    invitationStatus: InvitationStatus.Pending,
    invitationSentAt: '2026-11-30T08:00:00Z',
    invitationDelivery: delivery,
    invitationDeliveryError: error,
  };
}

function row(email: string) {
  return within(document.querySelector(`tr[data-email="${email}"]`) as HTMLElement);
}

describe('PortalUsersTable', () => {
  it('shows where each invitation e-mail is, with the reason of a failure, and offers a resend', () => {
    renderWithProviders(
      <PortalUsersTable
        users={[
          user('queued@example.com', InvitationDelivery.Queued),
          user('sent@example.com', InvitationDelivery.Sent),
          user('retrying@example.com', InvitationDelivery.Retrying, 'Connection refused'),
          user('failed@example.com', InvitationDelivery.Failed, 'Mailbox unavailable'),
        ]}
        onInvite={() => {}}
      />,
    );

    expect(row('queued@example.com').getByText(/e-mail queued/)).toBeInTheDocument();
    expect(row('sent@example.com').getByText(/e-mail sent/)).toBeInTheDocument();
    expect(row('retrying@example.com').getByText(/retrying: Connection refused/)).toBeInTheDocument();
    expect(row('failed@example.com').getByText(/e-mail failed: Mailbox unavailable/)).toBeInTheDocument();
    expect(
      row('failed@example.com').getByRole('button', { name: 'Resend invitation to failed@example.com' }),
    ).toBeEnabled();
    expect(screen.queryByText(/e-mail failed/, { selector: 'tr[data-email="sent@example.com"] *' })).toBeNull();
  });

  it("offers no Deactivate and no admin switch on the organization admin's own row; reactivates colleagues", () => {
    const inactive = { ...user('gone@example.com', InvitationDelivery.Sent), isActive: false };
    renderWithProviders(
      <PortalUsersTable
        users={[
          user('me@example.com', InvitationDelivery.Sent),
          user('colleague@example.com', InvitationDelivery.Sent),
          inactive,
        ]}
        selfId="me@example.com"
        onDeactivate={() => {}}
        onActivate={() => {}}
        onSetAdmin={() => {}}
      />,
    );

    expect(row('me@example.com').queryByRole('button', { name: /Deactivate/ })).toBeNull();
    expect(row('me@example.com').queryByRole('switch')).toBeNull();
    expect(
      row('colleague@example.com').getByRole('button', { name: 'Deactivate colleague@example.com' }),
    ).toBeEnabled();
    expect(
      row('colleague@example.com').getByRole('switch', { name: 'Organization admin: colleague@example.com' }),
    ).toBeEnabled();
    expect(row('gone@example.com').getByRole('button', { name: 'Activate gone@example.com' })).toBeEnabled();
  });
});
