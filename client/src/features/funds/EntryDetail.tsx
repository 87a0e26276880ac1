import { Badge, Stack, Table, Text } from '@mantine/core';
import { QueryState } from '../../components/QueryState';
import { formatDateTime, formatMoney, formatSignedMoney, humanize } from '../../lib/format';
import { useFundEntry } from './hooks';

/** One operation with its two postings (the fund and its counter-account; they sum to zero). */
export function EntryDetail({ entryId }: { entryId: string }) {
  const entry = useFundEntry(entryId);
  return (
    <QueryState query={entry}>
      {(e) => (
        <Stack gap="sm" data-testid="entry-detail">
          <Text size="sm">
            <Badge variant="light" mr="xs">
              {humanize(e.kind)}
            </Badge>
            {formatDateTime(e.createdAt)}
            {e.createdBy ? ` by ${e.createdBy}` : ''}
          </Text>
          <Text>{e.description}</Text>
          <Text size="sm">
            {e.fundName}: <strong>{formatSignedMoney(e.amount, e.currency)}</strong>, balance after{' '}
            {formatMoney(e.balanceAfter, e.currency)}
          </Text>
          {e.overdraftReason && (
            <Text size="sm">
              <Text span c="dimmed">
                Overdraft reason:{' '}
              </Text>
              {e.overdraftReason}
            </Text>
          )}
          {e.sourceType && (
            <Text size="sm">
              <Text span c="dimmed">
                Source:{' '}
              </Text>
              {humanize(e.sourceType)} {e.sourceId}
            </Text>
          )}
          <Table aria-label="Postings" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Account</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(e.postings ?? []).map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.fundId ? `${humanize(p.account)} (${e.fundName})` : humanize(p.account)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatSignedMoney(p.amount, e.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </QueryState>
  );
}
