import { Stack, Table, Text } from '@mantine/core';
import { Pager } from '../../components/Pager';
import { formatDateTime } from '../../lib/format';

/** One readable line per action; employees also see the reason (partners' events carry none). */
export interface TimelineEvent {
  id: string;
  at: string;
  text: string;
  reason?: string | null;
}

interface EventTimelineProps {
  /** One page of events, newest first. */
  events: { items: TimelineEvent[]; pageSize: number; totalCount: number };
  page: number;
  onPageChange: (page: number) => void;
  label?: string;
}

export function EventTimeline({
  events: { items, pageSize, totalCount },
  page,
  onPageChange,
  label = 'Timeline',
}: EventTimelineProps) {
  if (totalCount === 0) {
    return <Text c="dimmed">Nothing has happened yet.</Text>;
  }
  return (
    <Stack gap="xs">
      <Table striped aria-label={label} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>What happened</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>
                {e.text}
                {e.reason ? (
                  <Text span c="dimmed" fz="sm">
                    {` — ${e.reason}`}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Pager page={page} pageSize={pageSize} totalCount={totalCount} onChange={onPageChange} onlyWhenPaged />
    </Stack>
  );
}
