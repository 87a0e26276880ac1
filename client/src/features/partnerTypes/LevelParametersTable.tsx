import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { ParameterKind, type LevelParameterDto, type MetricCode } from '../../api';
import { formatDate, formatParameterValue } from '../../lib/format';

interface LevelParametersTableProps {
  levelName: string;
  parameters: LevelParameterDto[];
  /** The metric of each category by id: percentages are shown with " %" ("10 %"), as everywhere else. */
  metrics?: Record<string, MetricCode>;
  /** Without onEdit and onDelete (a user who may not change the program) the table has no action column. */
  onEdit?: (parameter: LevelParameterDto) => void;
  onDelete?: (parameter: LevelParameterDto) => void;
  deletingId?: string;
}

export function LevelParametersTable({
  levelName,
  parameters,
  metrics = {},
  onEdit,
  onDelete,
  deletingId,
}: LevelParametersTableProps) {
  if (parameters.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No obligations or benefits yet.
      </Text>
    );
  }
  const sorted = [...parameters].sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === ParameterKind.Obligation ? -1 : 1) ||
      a.categoryName.localeCompare(b.categoryName),
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={`Parameters of ${levelName}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Category</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Valid from</Table.Th>
            <Table.Th>Valid to</Table.Th>
            {(onEdit || onDelete) && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Badge variant="light" color={p.kind === ParameterKind.Obligation ? 'blue' : 'teal'}>
                  {p.kind}
                </Badge>
              </Table.Td>
              <Table.Td>{p.categoryName}</Table.Td>
              <Table.Td>
                {formatParameterValue(p.displayValue, { valueType: p.valueType, metric: metrics[p.categoryId] })}
              </Table.Td>
              <Table.Td>{p.kind === ParameterKind.Obligation ? p.score : '—'}</Table.Td>
              <Table.Td>{formatDate(p.startDate)}</Table.Td>
              <Table.Td>{formatDate(p.dueDate)}</Table.Td>
              {(onEdit || onDelete) && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {onEdit && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => onEdit(p)}
                        aria-label={`Edit ${p.categoryName}`}
                      >
                        Edit
                      </Button>
                    )}
                    {onDelete && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={deletingId === p.id}
                        onClick={() => onDelete(p)}
                        aria-label={`Delete ${p.categoryName}`}
                      >
                        Delete
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
