import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Anchor, Group, Select, Stack, Table, Text } from '@mantine/core';
import { AccountType, Permission } from '../../api';
import { useAccounts } from '../accounts/hooks';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { PAGE_SIZE } from '../../lib/paging';
import { useCan } from '../auth/hooks';
import { usePortalOrganizations } from './hooks';
import { PageTitle } from '../../components/PageTitle';

/** All partners' portal organizations; each is managed on its partner's page. */
export default function PortalOrganizationsPage() {
  const [page, setPage] = useState(1);
  const organizations = usePortalOrganizations({ page, pageSize: PAGE_SIZE });
  const canOpenPartner = useCan(Permission.PartnersRead);
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const partners = useAccounts({ type: AccountType.Partner, search, page: 1, pageSize: 20 });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <PageTitle>Portal organizations</PageTitle>
          <Text c="dimmed" size="sm">
            Open a partner to create its portal organization and manage its users.
          </Text>
        </Stack>
        <Select
          label="Open a partner"
          placeholder="Search partners"
          searchable
          w={320}
          data={(partners.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          nothingFoundMessage={partners.isFetching ? 'Searching…' : 'No partner accounts found'}
          onChange={(accountId) => accountId && navigate(`/portal-organizations/${accountId}`)}
        />
      </Group>
      <QueryState query={organizations}>
        {(result) => (
          <>
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
                  {result.totalCount === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={4} c="dimmed">
                        No portal organizations yet.
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {result.items.map((o) => (
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
    </Stack>
  );
}
