import { useState } from 'react';
import { Badge, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { OutboxMessageState, type OutboxMessageDto } from '../../api';
import { toProblem } from '../../api/http';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/format';
import { useOutboxMessages, useRetryOutboxMessage } from './hooks';
import { PageTitle } from '../../components/PageTitle';

const PAGE_SIZE = 20;
const ALL = 'all';
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

const STATE_LABELS: Record<OutboxMessageState, string> = {
  [OutboxMessageState.Pending]: 'Waiting',
  [OutboxMessageState.Sent]: 'Sent',
  [OutboxMessageState.Dead]: 'Dead',
};

const STATE_COLORS: Record<OutboxMessageState, string> = {
  [OutboxMessageState.Pending]: 'blue',
  [OutboxMessageState.Sent]: 'green',
  [OutboxMessageState.Dead]: 'red',
};

const FILTERS = [
  { value: ALL, label: 'All' },
  ...Object.values(OutboxMessageState).map((state) => ({ value: state, label: STATE_LABELS[state] })),
];

function isState(value: string): value is OutboxMessageState {
  return (Object.values(OutboxMessageState) as string[]).includes(value);
}

/** When a waiting message is tried next, or when a sent one left; nothing for a dead one. */
function nextOrSent(message: OutboxMessageDto): string {
  if (message.state === OutboxMessageState.Sent) return `Sent ${formatDateTime(message.sentAt, true)}`;
  if (message.state === OutboxMessageState.Pending) return `Next ${formatDateTime(message.nextAttemptAt, true)}`;
  return '—';
}

/** Messages of the transactional outbox (Admin): what is waiting, what left, what gave up. */
export default function OutboxPage() {
  const [filter, setFilter] = useState<string>(ALL);
  const [page, setPage] = useState(1);
  const messages = useOutboxMessages({ state: isState(filter) ? filter : undefined, page, pageSize: PAGE_SIZE });
  const retry = useRetryOutboxMessage();
  const busyId = retry.isPending ? retry.variables : undefined;

  return (
    <Stack>
      <div>
        <PageTitle>Outbox</PageTitle>
        <Text c="dimmed" size="sm">
          E-mails and other messages leave only after their change is saved; failed ones are retried with growing waits,
          and give up after several attempts.
        </Text>
      </div>
      <SegmentedControl
        aria-label="State"
        data={FILTERS}
        value={filter}
        onChange={(value) => {
          setFilter(value);
          setPage(1);
          retry.reset();
        }}
        style={{ alignSelf: 'flex-start' }}
      />
      <ProblemAlert problem={retry.error ? toProblem(retry.error) : null} />
      <QueryState query={messages}>
        {(result) => (
          <>
            <Table.ScrollContainer minWidth={860}>
              <Table striped aria-label="Outbox messages" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Created</Table.Th>
                    <Table.Th>Summary</Table.Th>
                    <Table.Th>State</Table.Th>
                    <Table.Th>Attempts</Table.Th>
                    <Table.Th>Next attempt / sent</Table.Th>
                    <Table.Th>Last error</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={7} c="dimmed">
                        No messages.
                      </Table.Td>
                    </Table.Tr>
                  )}
                  {result.items.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td style={NO_WRAP}>{formatDateTime(m.createdAt, true)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{m.summary}</Text>
                        <Text size="xs" c="dimmed">
                          {m.type}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={STATE_COLORS[m.state] ?? 'gray'} miw="max-content">
                          {STATE_LABELS[m.state] ?? m.state}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{m.attempts}</Table.Td>
                      <Table.Td style={NO_WRAP}>{nextOrSent(m)}</Table.Td>
                      <Table.Td maw={280}>
                        {m.lastError && (
                          <Text size="xs" c="red" lineClamp={3} title={m.lastError}>
                            {m.lastError}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {m.state === OutboxMessageState.Dead && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => retry.mutate(m.id)}
                            loading={busyId === m.id}
                            aria-label={`Retry ${m.summary}`}
                          >
                            Retry
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Pager
              page={page}
              pageSize={result.pageSize || PAGE_SIZE}
              totalCount={result.totalCount}
              onChange={setPage}
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
