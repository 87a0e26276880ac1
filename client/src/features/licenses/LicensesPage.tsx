import { useState } from 'react';
import { Button, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import type { LicensePoolDto } from '../../api';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { percent } from '../../lib/format';
import { useLicensePools } from './hooks';
import { LicensePoolForm } from './LicensePoolForm';
import { PageTitle } from '../../components/PageTitle';

type Dialog = { pool?: LicensePoolDto };

/** Portal licence pools (Admin): each active portal user holds one seat. */
export default function LicensesPage() {
  const [page, setPage] = useState(1);
  const pools = useLicensePools(page);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <PageTitle>Licences</PageTitle>
          <Text c="dimmed" size="sm">
            Every active portal user holds one seat.
          </Text>
        </div>
        <Button onClick={() => setDialog({})}>New licence pool</Button>
      </Group>
      <QueryState query={pools}>
        {(result) => (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-label="Licence pools" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Edition</Table.Th>
                    <Table.Th>Seats</Table.Th>
                    <Table.Th>Used</Table.Th>
                    <Table.Th>Free</Table.Th>
                    <Table.Th w="30%">Usage</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.totalCount === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={6} c="dimmed">
                        No licence pools yet: portal users cannot be activated until there is a free seat.
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {result.items.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{p.edition}</Table.Td>
                      <Table.Td>{p.seats}</Table.Td>
                      <Table.Td>{p.used}</Table.Td>
                      <Table.Td>{p.free}</Table.Td>
                      <Table.Td>
                        <Progress
                          value={percent(p.used, p.seats)}
                          color={p.free <= 0 ? 'red' : p.free / Math.max(1, p.seats) < 0.1 ? 'orange' : undefined}
                          aria-label={`${p.edition}: ${p.used} of ${p.seats} seats used`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setDialog({ pool: p })}
                          aria-label={`Edit ${p.edition}`}
                        >
                          Edit
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              pageSize={result.pageSize}
              totalCount={result.totalCount}
              onChange={setPage}
              onlyWhenPaged
            />
          </>
        )}
      </QueryState>
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={dialog?.pool ? `Edit ${dialog.pool.edition}` : 'New licence pool'}
      >
        {dialog && <LicensePoolForm pool={dialog.pool} onDone={close} />}
      </Modal>
    </Stack>
  );
}
