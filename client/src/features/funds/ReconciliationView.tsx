import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { QueryState } from '../../components/QueryState';
import { formatMoney } from '../../lib/format';
import { useFundReconciliation } from './hooks';

/** A fund's stored balance against the sum of its entries' fund postings (they must agree, invariant 7). */
export function ReconciliationView({ fundId }: { fundId: string }) {
  const reconciliation = useFundReconciliation(fundId);
  return (
    <QueryState query={reconciliation}>
      {(r) => (
        <Stack gap="sm" data-testid="reconciliation">
          <Group gap="xs">
            <Text fw={500}>{r.name}</Text>
            <Badge color={r.agrees ? 'green' : 'red'} variant="light">
              {r.agrees ? 'Agrees' : 'Does not agree'}
            </Badge>
          </Group>
          <Table aria-label={`Reconciliation of ${r.name}`} variant="vertical" withTableBorder>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>Stored balance</Table.Th>
                <Table.Td ta="right">{formatMoney(r.storedBalance, r.currency)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Sum of the entries</Table.Th>
                <Table.Td ta="right">{formatMoney(r.postingSum, r.currency)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Entries</Table.Th>
                <Table.Td ta="right">{r.entryCount}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">
            {r.agrees
              ? 'The balance is exactly the sum of the fund’s entries.'
              : 'The balance differs from the sum of the entries by ' +
                formatMoney(r.storedBalance - r.postingSum, r.currency) +
                '. Tell an administrator.'}
          </Text>
        </Stack>
      )}
    </QueryState>
  );
}
