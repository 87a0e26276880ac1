import { useState } from 'react';
import { Badge, Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import type { IntegrationClientDto, IntegrationClientSecretDto } from '../../api';
import { toProblem } from '../../api/http';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { useIntegrationClients, useRevokeIntegrationClient, useRotateIntegrationClientSecret } from './hooks';
import { IntegrationClientForm } from './IntegrationClientForm';
import { SecretModal } from './SecretModal';
import { PageTitle } from '../../components/PageTitle';

/** API clients of other systems (client-credentials flow), Admin only. */
export default function IntegrationClientsPage() {
  const [page, setPage] = useState(1);
  const clients = useIntegrationClients(page);
  const rotate = useRotateIntegrationClientSecret();
  const revoke = useRevokeIntegrationClient();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<IntegrationClientSecretDto | null>(null);
  const problem = rotate.error ? toProblem(rotate.error) : revoke.error ? toProblem(revoke.error) : null;
  const busyId = rotate.isPending ? rotate.variables : revoke.isPending ? revoke.variables : undefined;

  const onRotate = (client: IntegrationClientDto) => {
    if (!window.confirm(`Rotate the secret of "${client.displayName}"? The current secret stops working at once.`))
      return;
    revoke.reset();
    rotate.mutate(client.id, { onSuccess: (result) => setSecret(result) });
  };

  const onRevoke = (client: IntegrationClientDto) => {
    if (!window.confirm(`Revoke "${client.displayName}"? It can no longer call the API.`)) return;
    rotate.reset();
    revoke.mutate(client.id);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <PageTitle>Integration clients</PageTitle>
          <Text c="dimmed" size="sm">
            Other systems call the API with a client ID and secret (OAuth client credentials).
          </Text>
        </div>
        <Button onClick={() => setCreating(true)}>New integration client</Button>
      </Group>
      <ProblemAlert problem={problem} />
      <QueryState query={clients}>
        {(result) => (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label="Integration clients" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Client ID</Table.Th>
                    <Table.Th>Scopes</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.totalCount === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={4} c="dimmed">
                        No integration clients yet.
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {result.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.displayName}</Table.Td>
                      <Table.Td>
                        <Code>{c.clientId}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {(c.scopes ?? []).map((scope) => (
                            <Badge key={scope} variant="light" tt="none">
                              {scope}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap" justify="flex-end">
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => onRotate(c)}
                            disabled={busyId === c.id}
                            aria-label={`Rotate secret of ${c.displayName}`}
                          >
                            Rotate secret
                          </Button>
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            onClick={() => onRevoke(c)}
                            disabled={busyId === c.id}
                            aria-label={`Revoke ${c.displayName}`}
                          >
                            Revoke
                          </Button>
                        </Group>
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
      <Modal opened={creating} onClose={() => setCreating(false)} title="New integration client">
        {creating && (
          <IntegrationClientForm
            onDone={(created) => {
              setCreating(false);
              if (created) setSecret(created);
            }}
          />
        )}
      </Modal>
      <SecretModal secret={secret} onClose={() => setSecret(null)} />
    </Stack>
  );
}
