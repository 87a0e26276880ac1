import { Link } from 'react-router';
import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { QueryState } from '../../components/QueryState';
import { PARTNER_STAFF } from '../auth/access';
import { useHasRole } from '../auth/hooks';
import { usePortalOrganizations } from './hooks';

/** All partners' portal organizations; each is managed on its partner's page. */
export default function PortalOrganizationsPage() {
  const organizations = usePortalOrganizations();
  const canOpenPartner = useHasRole(...PARTNER_STAFF);

  return (
    <Stack>
      <Title order={2}>Portal organizations</Title>
      <Text c="dimmed" size="sm">
        {canOpenPartner
          ? "Create a partner's portal organization on the partner's page."
          : "An administrator creates a partner's portal organization on the partner's page."}
      </Text>
      <QueryState query={organizations}>
        {(items) => (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover aria-label="Portal organizations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Organization</Table.Th>
                  <Table.Th>Partner</Table.Th>
                  <Table.Th>Users</Table.Th>
                  <Table.Th>Active users</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={4} c="dimmed">
                      No portal organizations yet.
                    </Table.Td>
                  </Table.Tr>
                )}
                {items.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/portal-organizations/${o.accountId}`}>
                        {o.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {canOpenPartner ? (
                        <Anchor component={Link} to={`/partners/${o.accountId}`} c="inherit">
                          {o.accountName}
                        </Anchor>
                      ) : (
                        o.accountName
                      )}
                    </Table.Td>
                    <Table.Td>{o.userCount}</Table.Td>
                    <Table.Td>{o.activeUserCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
