import { useState } from 'react';
import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { Permission, type ParameterCategoryDto } from '../../api';
import { useCan } from '../auth/hooks';
import { QueryState } from '../../components/QueryState';
import { humanize } from '../../lib/format';
import { CategoryForm } from './CategoryForm';
import { useParameterCategories } from './hooks';
import { PageTitle } from '../../components/PageTitle';

export default function CategoriesPage() {
  const categories = useParameterCategories();
  const canWrite = useCan(Permission.ProgramWrite);
  const [editing, setEditing] = useState<ParameterCategoryDto | 'new' | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Parameter categories</PageTitle>
        {canWrite && <Button onClick={() => setEditing('new')}>New category</Button>}
      </Group>
      <QueryState query={categories}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed">No categories yet.</Text>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Metric</Table.Th>
                  <Table.Th>Default value type</Table.Th>
                  <Table.Th>Description</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>{c.name}</Table.Td>
                    <Table.Td>{humanize(c.metric)}</Table.Td>
                    <Table.Td>{c.defaultValueType}</Table.Td>
                    <Table.Td>{c.description}</Table.Td>
                    {canWrite && (
                      <Table.Td ta="right">
                        <Button size="xs" variant="subtle" onClick={() => setEditing(c)} aria-label={`Edit ${c.name}`}>
                          Edit
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New category' : 'Edit category'}
      >
        {editing !== null && (
          <CategoryForm category={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}
