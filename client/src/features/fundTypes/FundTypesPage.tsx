import { useState } from 'react';
import { Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { FundTypeDto } from '../../api';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { FundTypeForm } from './FundTypeForm';
import { useFundTypes } from './hooks';

/** Administration: the fund types partnerships can hold a fund of (Marketing fund, Certification fund, ...). */
export default function FundTypesPage() {
  const types = useFundTypes();
  const [editing, setEditing] = useState<FundTypeDto | 'new' | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Fund types</PageTitle>
        <Button onClick={() => setEditing('new')}>New fund type</Button>
      </Group>
      <QueryState query={types}>
        {(items) => (
          <Table.ScrollContainer minWidth={520}>
            <Table striped aria-label="Fund types">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>
                    <Text span size="sm" fw={700}>
                      Actions
                    </Text>
                  </Table.Th>
                  <Table.Th>Description</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={4}>
                      <Text c="dimmed" size="sm">
                        No fund types yet.
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                )}
                {items.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {t.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t.name}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setEditing(t)} aria-label={`Rename ${t.name}`}>
                        Rename
                      </Button>
                    </Table.Td>
                    <Table.Td>{t.description}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New fund type' : 'Rename fund type'}
      >
        {editing !== null && (
          <FundTypeForm fundType={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}
