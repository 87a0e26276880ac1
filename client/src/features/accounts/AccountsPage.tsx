import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Anchor, Button, Group, Modal, Stack, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { AccountType, Permission } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { useCan } from '../auth/hooks';
import { accountPath } from './paths';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { AccountForm } from './AccountForm';
import { useAccounts } from './hooks';

const PAGE_SIZE = 20;

const LABELS = {
  [AccountType.Partner]: { title: 'Partners', one: 'partner', none: 'No partners found.' },
  [AccountType.Customer]: { title: 'Customers', one: 'customer', none: 'No customers found.' },
} as const;

/** Accounts of one type (partners or customers): a list whose "New" form creates only that type. */
export function AccountsPage({ type }: { type: AccountType.Partner | AccountType.Customer }) {
  const labels = LABELS[type];
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const canWrite = useCan(Permission.PartnersWrite);
  const accounts = useAccounts({
    type,
    search: debouncedSearch.trim() || undefined,
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>{labels.title}</PageTitle>
        {canWrite && <Button onClick={() => setCreating(true)}>New {labels.one}</Button>}
      </Group>
      <TextInput
        label="Search"
        placeholder="Name starts with…"
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        maw={360}
      />
      <QueryState query={accounts}>
        {(result) => (
          <>
            <Table.ScrollContainer minWidth={600}>
              <Table striped highlightOnHover aria-label={labels.title}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Country</Table.Th>
                    <Table.Th>Website</Table.Th>
                    <Table.Th>Owner</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={4} c="dimmed">
                        {labels.none}
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {result.items.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        <Anchor component={Link} to={accountPath(a)}>
                          {a.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{a.country}</Table.Td>
                      <Table.Td>{a.website}</Table.Td>
                      <Table.Td>{a.ownerName}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              pageSize={result.pageSize || PAGE_SIZE}
              totalCount={result.totalCount}
              onChange={setPage}
            />
          </>
        )}
      </QueryState>
      <Modal opened={creating} onClose={() => setCreating(false)} title={`New ${labels.one}`}>
        {creating && (
          <AccountForm
            fixedType={type}
            onDone={(saved) => {
              setCreating(false);
              if (saved) navigate(accountPath(saved));
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
