import { Card, Text, Timeline, Title } from '@mantine/core';
import { formatDateTime } from '../lib/format';

/** One change of a record as people read it (a lead's or a deal registration's history row). */
export interface HistoryEvent {
  id: string;
  at: string;
  what: string;
  by?: string;
  note?: string;
}

/** What happened to a record, in the server's order (newest first): when, who (when shown), what and the note. */
export function HistoryCard({ events }: { events: HistoryEvent[] }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h3" mb="sm">
        History
      </Title>
      {events.length === 0 ? (
        <Text c="dimmed">Nothing yet.</Text>
      ) : (
        <Timeline bulletSize={12} lineWidth={2} aria-label="History">
          {events.map((e) => (
            <Timeline.Item key={e.id} title={e.what}>
              <Text size="sm" c="dimmed">
                {formatDateTime(e.at)}
                {e.by ? ` · ${e.by}` : ''}
              </Text>
              {e.note && <Text size="sm">{e.note}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
