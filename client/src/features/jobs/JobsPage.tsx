import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { JobRunDto } from '../../api';
import { toProblem } from '../../api/http';
import { ProblemAlert } from '../../components/ProblemAlert';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../lib/format';
import { useJobs, useRunJob } from './hooks';
import { PageTitle } from '../../components/PageTitle';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function LastRun({ run }: { run: JobRunDto | null | undefined }) {
  if (!run) {
    return (
      <Text size="sm" c="dimmed">
        Not run yet
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap">
        <Badge variant="light" color={run.succeeded ? 'green' : 'red'} miw="max-content">
          {run.succeeded ? 'Succeeded' : 'Failed'}
        </Badge>
        <Text size="sm" style={NO_WRAP}>
          {formatDateTime(run.finishedAt || run.startedAt, true)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        on {run.instance}
      </Text>
      {run.result && (
        <Text size="xs" c={run.succeeded ? undefined : 'red'} lineClamp={3} title={run.result}>
          {run.result}
        </Text>
      )}
    </Stack>
  );
}

/** Scheduled background jobs (Admin): when they ran, how it went, when they run next; run one now. */
export default function JobsPage() {
  const jobs = useJobs();
  const run = useRunJob();
  const busyName = run.isPending ? run.variables : undefined;
  const queuedName = run.isSuccess ? run.variables : undefined;

  return (
    <Stack>
      <div>
        <PageTitle>Scheduled jobs</PageTitle>
        <Text c="dimmed" size="sm">
          Each run happens once, on whichever server instance picks it up. The list refreshes every 10 seconds.
        </Text>
      </div>
      <ProblemAlert problem={run.error ? toProblem(run.error) : null} />
      <QueryState query={jobs}>
        {(items) => (
          <Table.ScrollContainer minWidth={860}>
            <Table striped aria-label="Scheduled jobs" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Job</Table.Th>
                  <Table.Th>Schedule</Table.Th>
                  <Table.Th>Last run</Table.Th>
                  <Table.Th>Next run</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={5} c="dimmed">
                      No scheduled jobs.
                    </Table.Td>
                  </Table.Tr>
                )}
                {items.map((job) => (
                  <Table.Tr key={job.name}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {job.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {job.description}
                      </Text>
                    </Table.Td>
                    <Table.Td style={NO_WRAP}>{job.schedule}</Table.Td>
                    <Table.Td>
                      <LastRun run={job.lastRun} />
                    </Table.Td>
                    <Table.Td style={NO_WRAP}>{formatDateTime(job.nextRunAt, true)}</Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-end">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => run.mutate(job.name)}
                          loading={busyName === job.name}
                          aria-label={`Run now: ${job.name}`}
                        >
                          Run now
                        </Button>
                        {queuedName === job.name && (
                          <Text size="xs" c="teal" role="status" style={NO_WRAP}>
                            Queued: it runs within seconds
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </Stack>
  );
}
