import { useState } from 'react';
import { Link } from 'react-router';
import { Anchor, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { Permission, type PartnerTypeDto } from '../../api';
import { useCan } from '../auth/hooks';
import { QueryState } from '../../components/QueryState';
import { usePartnerTypes } from './hooks';
import { PartnerTypeForm } from './PartnerTypeForm';
import { ProgramRulesCard } from './ProgramRulesCard';
import { PageTitle } from '../../components/PageTitle';

export default function PartnerTypesPage() {
  const partnerTypes = usePartnerTypes();
  const canWrite = useCan(Permission.ProgramWrite);
  const [editing, setEditing] = useState<PartnerTypeDto | 'new' | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <PageTitle>Partner types</PageTitle>
        {canWrite && <Button onClick={() => setEditing('new')}>New partner type</Button>}
      </Group>
      <QueryState query={partnerTypes}>
        {(items) =>
          items.length === 0 ? (
            <Text c="dimmed">No partner types yet.</Text>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Description</Table.Th>
                  <Table.Th>Levels</Table.Th>
                  {canWrite && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((t) => (
                  <Table.Tr key={t.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/partner-types/${t.id}`}>
                        {t.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t.description}</Table.Td>
                    <Table.Td>{t.levelCount}</Table.Td>
                    {canWrite && (
                      <Table.Td ta="right">
                        <Button size="xs" variant="subtle" onClick={() => setEditing(t)} aria-label={`Edit ${t.name}`}>
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
      <ProgramRulesCard />
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New partner type' : 'Edit partner type'}
      >
        {editing !== null && (
          <PartnerTypeForm partnerType={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}
