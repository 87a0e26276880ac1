import { Table, Text } from '@mantine/core';
import type { ParameterHistoryDto } from '../../api';
import { formatDateTime, formatNumericText } from '../../lib/format';

export function HistoryTable({ history }: { history: ParameterHistoryDto[] }) {
  if (history.length === 0) {
    return <Text c="dimmed">No history yet.</Text>;
  }
  return (
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
          {history.map((h) => (
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
  );
}
