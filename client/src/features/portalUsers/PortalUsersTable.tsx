import { Badge, Button, Group, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { InvitationDelivery, InvitationStatus, type PortalUserDto } from '../../api';
import { formatDateTime } from '../../lib/format';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const WRAP = { whiteSpace: 'normal' } as const;

const INVITATION_COLORS: Record<InvitationStatus, string> = {
  [InvitationStatus.None]: 'gray',
  [InvitationStatus.Pending]: 'blue',
  [InvitationStatus.Expired]: 'orange',
  [InvitationStatus.Accepted]: 'green',
};

const INVITATION_LABELS: Record<InvitationStatus, string> = {
  [InvitationStatus.None]: 'Not invited',
  [InvitationStatus.Pending]: 'Pending',
  [InvitationStatus.Expired]: 'Expired',
  [InvitationStatus.Accepted]: 'Accepted',
};

/** "Invite" for a user never invited, "Resend" for a pending or expired invitation, nothing once accepted. */
export function inviteLabel(user: PortalUserDto): string | null {
  if (user.invitationStatus === InvitationStatus.Accepted) return null;
  return user.invitationStatus === InvitationStatus.None ? 'Invite' : 'Resend';
}

/** Where the invitation e-mail is: it leaves through the outbox after the change is saved, and is retried when the mail server fails. */
export function InvitationDeliveryNote({ user }: { user: PortalUserDto }) {
  const sent = user.invitationSentAt ? formatDateTime(user.invitationSentAt) : '';
  switch (user.invitationDelivery) {
    case InvitationDelivery.Queued:
      return (
        <Text size="xs" c="dimmed">
          e-mail queued {sent}
        </Text>
      );
    case InvitationDelivery.Retrying:
      return (
        <Text size="xs" c="orange.8" maw={260} style={WRAP} title={user.invitationDeliveryError ?? undefined}>
          e-mail not delivered yet, retrying: {user.invitationDeliveryError}
        </Text>
      );
    case InvitationDelivery.Failed:
      return (
        <Text size="xs" c="red.8" maw={260} style={WRAP} title={user.invitationDeliveryError ?? undefined}>
          e-mail failed: {user.invitationDeliveryError} — resend it
        </Text>
      );
    default:
      return sent ? (
        <Text size="xs" c="dimmed">
          e-mail sent {sent}
        </Text>
      ) : null;
  }
}

interface PortalUsersTableProps {
  users: PortalUserDto[];
  /** Show the licence pool column (back-office). */
  showLicense?: boolean;
  onSetAdmin?: (user: PortalUserDto, isOrganizationAdmin: boolean) => void;
  onInvite?: (user: PortalUserDto) => void;
  onActivate?: (user: PortalUserDto) => void;
  onDeactivate?: (user: PortalUserDto) => void;
  onMove?: (user: PortalUserDto) => void;
  /** The user an action is running for. */
  busyId?: string;
  /** The signed-in user's own row (the portal's organization page): no Deactivate, no change of their own admin rights. */
  selfId?: string;
}

export function PortalUsersTable({
  users,
  showLicense = false,
  onSetAdmin,
  onInvite,
  onActivate,
  onDeactivate,
  onMove,
  busyId,
  selfId,
}: PortalUsersTableProps) {
  const columns = showLicense ? 6 : 5;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label="Portal users" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>User</Table.Th>
            <Table.Th>Admin</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Invitation</Table.Th>
            {showLicense && <Table.Th>Licence</Table.Th>}
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Text c="dimmed" size="sm">
                  No portal users yet.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {users.map((u) => {
            const busy = busyId === u.id;
            const isSelf = selfId === u.id;
            const invite = inviteLabel(u);
            const status = u.invitationStatus;
            return (
              <Table.Tr key={u.id} data-email={u.email}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {u.displayName || u.email}
                  </Text>
                  {u.displayName && u.displayName !== u.email && (
                    <Text size="xs" c="dimmed">
                      {u.email}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {onSetAdmin && !isSelf ? (
                    <Switch
                      aria-label={`Organization admin: ${u.email}`}
                      checked={u.isOrganizationAdmin}
                      disabled={busy}
                      onChange={(e) => onSetAdmin(u, e.currentTarget.checked)}
                    />
                  ) : u.isOrganizationAdmin ? (
                    'Yes'
                  ) : (
                    'No'
                  )}
                </Table.Td>
                <Table.Td style={NO_WRAP}>
                  <Badge variant="light" color={u.isActive ? 'green' : 'gray'} miw="max-content">
                    {u.isActive ? 'Active' : 'Inactive'}
                  </Badge>
                </Table.Td>
                <Table.Td style={NO_WRAP}>
                  <Badge variant="light" color={INVITATION_COLORS[status] ?? 'gray'} miw="max-content">
                    {INVITATION_LABELS[status] ?? status}
                  </Badge>
                  <InvitationDeliveryNote user={u} />
                </Table.Td>
                {showLicense && (
                  <Table.Td>
                    <Text size="sm">{u.licensePoolName ?? '—'}</Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Group gap={6} wrap="nowrap" justify="flex-end">
                    {onInvite && invite && (
                      <Button
                        size="xs"
                        variant="light"
                        disabled={!u.isActive || busy}
                        onClick={() => onInvite(u)}
                        aria-label={invite === 'Invite' ? `Invite ${u.email}` : `Resend invitation to ${u.email}`}
                      >
                        {invite}
                      </Button>
                    )}
                    {u.isActive && onDeactivate && !isSelf && (
                      <Button
                        size="xs"
                        variant="default"
                        disabled={busy}
                        onClick={() => onDeactivate(u)}
                        aria-label={`Deactivate ${u.email}`}
                      >
                        Deactivate
                      </Button>
                    )}
                    {!u.isActive && onActivate && (
                      <Button
                        size="xs"
                        variant="default"
                        disabled={busy}
                        onClick={() => onActivate(u)}
                        aria-label={`Activate ${u.email}`}
                      >
                        Activate
                      </Button>
                    )}
                    {onMove && (
                      <Button
                        size="xs"
                        variant="subtle"
                        disabled={busy}
                        onClick={() => onMove(u)}
                        aria-label={`Move ${u.email}`}
                      >
                        Move
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
