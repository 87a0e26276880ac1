import { useState } from 'react';
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { EntryCard, PHONE } from './EntryCard';
import type { PortalFundDto, PortalFundEntryDto } from '../../api';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { PAGE_SIZE } from '../../lib/paging';
import { formatDateTime, formatMoney, formatSignedMoney, humanize } from '../../lib/format';
import { useMyFundEntries, useMyFunds } from './hooks';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function OperationsTable({ label, items, currency }: { label: string; items: PortalFundEntryDto[]; currency: string }) {
  const phone = useMediaQuery(PHONE);
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No operations yet.
      </Text>
    );
  if (phone)
    return (
      <Stack component="ul" aria-label={label} gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((e) => (
          <EntryCard key={e.id} entry={e} currency={currency} />
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label={label} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
            <Table.Th ta="right">Balance</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={NO_WRAP}>{formatDateTime(e.createdAt)}</Table.Td>
              <Table.Td>
                <Text size="sm">{e.description}</Text>
                <Text size="xs" c="dimmed">
                  {humanize(e.kind)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" style={NO_WRAP} c={e.amount < 0 ? 'red' : 'green'}>
                {formatSignedMoney(e.amount, currency)}
              </Table.Td>
              <Table.Td ta="right" style={NO_WRAP}>
                {formatMoney(e.balanceAfter, currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every operation of one fund, paged (opened from the fund's card). */
function AllOperations({ fund }: { fund: PortalFundDto }) {
  const [page, setPage] = useState(1);
  const entries = useMyFundEntries(fund.id, page);
  return (
    <QueryState query={entries}>
      {(result) => (
        <Stack gap="xs">
          <OperationsTable label={`All operations of ${fund.name}`} items={result.items} currency={fund.currency} />
          <Pager
            page={page}
            pageSize={result.pageSize || PAGE_SIZE}
            totalCount={result.totalCount}
            onChange={setPage}
          />
        </Stack>
      )}
    </QueryState>
  );
}

function FundCard({ fund }: { fund: PortalFundDto }) {
  const [showAll, setShowAll] = useState(false);
  const titleId = `fund-${fund.id}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={titleId} data-fund-id={fund.id}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id={titleId}>
            {fund.name}
          </Title>
          <Text fw={700} size="lg" data-testid="portal-fund-balance">
            {formatMoney(fund.balance, fund.currency)}
          </Text>
        </Group>
        {showAll ? (
          <AllOperations fund={fund} />
        ) : (
          <OperationsTable
            label={`Latest operations of ${fund.name}`}
            items={fund.latestOperations ?? []}
            currency={fund.currency}
          />
        )}
        {(fund.latestOperations?.length ?? 0) > 0 && (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
              {showAll ? 'Show the latest only' : `All operations of ${fund.name}`}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Portal: the partner's funds with balances and latest operations, read-only. */
export function PortalFunds() {
  const funds = useMyFunds();
  return (
    <section aria-labelledby="funds-title">
      <Title order={2} size="h3" id="funds-title" mb="xs">
        Funds
      </Title>
      <QueryState query={funds}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">Your partnership has no funds.</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: list.length > 1 ? 2 : 1 }}>
              {list.map((f) => (
                <FundCard key={f.id} fund={f} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </section>
  );
}
