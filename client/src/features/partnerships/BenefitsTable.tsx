import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { BenefitDto } from '../../api';
import { formatParameterValue } from '../../lib/format';

export function BenefitsTable({ benefits, label = 'Benefits' }: { benefits: BenefitDto[]; label?: string }) {
  const phone = useMediaQuery('(max-width: 36em)');
  if (benefits.length === 0) {
    return <Text c="dimmed">This level has no benefits.</Text>;
  }
  if (phone) {
    // On a phone: one card per benefit.
    return (
      <Stack gap="xs" role="list" aria-label={label}>
        {benefits.map((b) => (
          <Card key={b.parameterId} withBorder padding="sm" role="listitem">
            <Group justify="space-between" gap="xs">
              <Text fw={500}>{b.categoryName}</Text>
              <Text>{formatParameterValue(b.displayValue, { valueType: b.valueType, metric: b.metric })}</Text>
            </Group>
          </Card>
        ))}
      </Stack>
    );
  }
  return (
    <Table striped aria-label={label}>
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
