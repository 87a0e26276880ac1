import { useState } from 'react';
import { Navigate } from 'react-router';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { toProblem } from '../../api/http';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useCurrentUser } from '../auth/hooks';
import { AddPortalUsersForm } from '../portalUsers/AddPortalUsersForm';
import { PortalUsersTable } from '../portalUsers/PortalUsersTable';
import { useMyOrganizationUserAction, useMyOrganizationUsers } from './hooks';
import { PageTitle } from '../../components/PageTitle';

function OrganizationUsers({ selfId, emailDomain }: { selfId: string; emailDomain?: string }) {
  const [page, setPage] = useState(1);
  const users = useMyOrganizationUsers(page);
  const action = useMyOrganizationUserAction();
  const [adding, setAdding] = useState(false);

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <PageTitle>Organization</PageTitle>
          <Text c="dimmed" size="sm">
            Your colleagues with access to the partner portal.
          </Text>
        </div>
        {emailDomain ? (
          <Button onClick={() => setAdding(true)}>Add users</Button>
        ) : (
          <Text size="sm" c="dimmed" maw={320}>
            Your partner manager adds new users: no e-mail domain is set for your organization.
          </Text>
        )}
      </Group>
      <ProblemAlert problem={action.error ? toProblem(action.error) : null} />
      <QueryState query={users}>
        {(result) => (
          <>
            <PortalUsersTable
              users={result.items}
              busyId={action.isPending ? action.variables?.id : undefined}
              selfId={selfId}
              onSetAdmin={(user, isAdmin) =>
                action.mutate({ id: user.id, action: isAdmin ? 'makeAdmin' : 'removeAdmin' })
              }
              onActivate={(user) => action.mutate({ id: user.id, action: 'activate' })}
              onInvite={(user) => action.mutate({ id: user.id, action: 'invite' })}
              onDeactivate={(user) => {
                if (window.confirm(`Deactivate ${user.email}? They can no longer sign in to the portal.`)) {
                  action.mutate({ id: user.id, action: 'deactivate' });
                }
              }}
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
      <Modal opened={adding} onClose={() => setAdding(false)} title="Add users">
        {adding && <AddPortalUsersForm emailDomain={emailDomain} onDone={() => setAdding(false)} />}
      </Modal>
    </Stack>
  );
}

/** Organization admins manage their colleagues' portal access. */
export default function OrganizationPage() {
  const { data: user } = useCurrentUser();
  if (!user?.partner?.isOrganizationAdmin) return <Navigate to="/portal" replace />;
  return <OrganizationUsers selfId={user.id} emailDomain={user.partner.emailDomain} />;
}
