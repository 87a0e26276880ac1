import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import type { PortalOrganizationDto, PortalUserDto } from '../../api';
import { toProblem } from '../../api/http';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { AddPortalUsersForm } from './AddPortalUsersForm';
import { ContactForm } from './ContactForm';
import { useCreatePortalOrganization, usePortalOrganization, usePortalUserAction, usePortalUsers } from './hooks';
import { MovePortalUserForm } from './MovePortalUserForm';
import { PortalUsersTable } from './PortalUsersTable';

type Dialog = { kind: 'add' } | { kind: 'contact' } | { kind: 'move'; user: PortalUserDto };

function OrganizationUsers({ organization }: { organization: PortalOrganizationDto }) {
  const [page, setPage] = useState(1);
  const users = usePortalUsers(organization.id, page);
  const action = usePortalUserAction();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text c="dimmed" size="sm" data-testid="portal-organization">
          Organization <b>{organization.name}</b> · {organization.userCount}{' '}
          {organization.userCount === 1 ? 'user' : 'users'}, {organization.activeUserCount} active
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => setDialog({ kind: 'contact' })}>
            Add contact
          </Button>
          <Button onClick={() => setDialog({ kind: 'add' })}>Add users</Button>
        </Group>
      </Group>
      <ProblemAlert problem={action.error ? toProblem(action.error) : null} />
      <QueryState query={users}>
        {(result) => (
          <>
            <PortalUsersTable
              users={result.items}
              showLicense
              busyId={action.isPending ? action.variables?.user.id : undefined}
              onSetAdmin={(user, isOrganizationAdmin) =>
                action.mutate({ user, action: { kind: 'admin', isOrganizationAdmin } })
              }
              onInvite={(user) => action.mutate({ user, action: { kind: 'invite' } })}
              onActivate={(user) => action.mutate({ user, action: { kind: 'activate' } })}
              onDeactivate={(user) => {
                if (window.confirm(`Deactivate ${user.email}? They can no longer sign in and their seat is freed.`)) {
                  action.mutate({ user, action: { kind: 'deactivate' } });
                }
              }}
              onMove={(user) => setDialog({ kind: 'move', user })}
            />
            <Pager
              page={page}
              pageSize={result.pageSize}
              totalCount={result.totalCount}
              onChange={setPage}
              onlyWhenPaged
            />
          </>
        )}
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={
          dialog?.kind === 'move' ? 'Move portal user' : dialog?.kind === 'contact' ? 'Add contact' : 'Add portal users'
        }
      >
        {dialog?.kind === 'add' && (
          <AddPortalUsersForm
            organization={{ id: organization.id, accountId: organization.accountId }}
            onDone={close}
          />
        )}
        {dialog?.kind === 'contact' && <ContactForm accountId={organization.accountId} onDone={close} />}
        {dialog?.kind === 'move' && (
          <MovePortalUserForm user={dialog.user} organizationId={organization.id} onDone={close} />
        )}
      </Modal>
    </Stack>
  );
}

/** Partner page section (Admin, PortalUserManager): the partner's portal organization and its users. */
export function PortalAccessSection({ accountId }: { accountId: string }) {
  const organization = usePortalOrganization(accountId);
  const create = useCreatePortalOrganization(accountId);

  return (
    <section aria-labelledby="portal-access-title">
      <Title order={2} size="h3" id="portal-access-title" mb="xs">
        Portal access
      </Title>
      <QueryState query={organization}>
        {(org) =>
          org ? (
            <OrganizationUsers organization={org} />
          ) : (
            <Stack gap="sm" align="flex-start">
              <ProblemAlert problem={create.error ? toProblem(create.error) : null} />
              <Text c="dimmed">This partner has no portal organization yet, so its employees cannot sign in.</Text>
              <Button onClick={() => create.mutate()} loading={create.isPending}>
                Create portal organization
              </Button>
            </Stack>
          )
        }
      </QueryState>
    </section>
  );
}
