import { Table, Text } from '@mantine/core';
import type { BenefitDto } from '../../api';
import { formatParameterValue } from '../../lib/format';

export function BenefitsTable({ benefits }: { benefits: BenefitDto[] }) {
  if (benefits.length === 0) {
    return <Text c="dimmed">This level has no benefits.</Text>;
  }
  return (
    <Table striped aria-label="Benefits">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Category</Table.Th>
          <Table.Th>Value</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {benefits.map((b) => (
          <Table.Tr key={b.parameterId}>
            <Table.Td>{b.categoryName}</Table.Td>
            <Table.Td>{formatParameterValue(b.displayValue, { valueType: b.valueType, metric: b.metric })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
