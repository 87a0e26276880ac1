import { Stack, Table, Text } from '@mantine/core';
import type { ParameterHistoryDtoPaged } from '../../api';
import { Pager } from '../../components/Pager';
import { formatDateTime, formatNumericText } from '../../lib/format';

interface HistoryTableProps {
  /** One page of the history, newest first. */
  history: ParameterHistoryDtoPaged;
  /** The page shown (or being fetched). */
  page: number;
  onPageChange: (page: number) => void;
}

export function HistoryTable({ history: { items, pageSize, totalCount }, page, onPageChange }: HistoryTableProps) {
  if (totalCount === 0) {
    return <Text c="dimmed">No history yet.</Text>;
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label="History" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Category</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Value</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>Valid from</Table.Th>
              <Table.Th>Valid to</Table.Th>
              <Table.Th>Changed by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{h.categoryName}</Table.Td>
                <Table.Td>{h.kind}</Table.Td>
                <Table.Td>{h.role}</Table.Td>
                <Table.Td>{formatNumericText(h.displayValue)}</Table.Td>
                <Table.Td>{h.score}</Table.Td>
                <Table.Td>{formatDateTime(h.validFrom)}</Table.Td>
                <Table.Td>{formatDateTime(h.validTo)}</Table.Td>
                <Table.Td>{h.changedBy ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager page={page} pageSize={pageSize} totalCount={totalCount} onChange={onPageChange} onlyWhenPaged />
    </Stack>
  );
}
