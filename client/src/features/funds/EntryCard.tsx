import type { ReactNode } from 'react';
import { Card, Group, Stack, Text } from '@mantine/core';
import { formatDateTime, formatMoney, formatSignedMoney, humanize } from '../../lib/format';

/** Phone widths show operations as cards instead of a table that would scroll sideways. */
export const PHONE = '(max-width: 36em)';

interface EntryCardProps {
  entry: { id: string; kind: string; description: string; amount: number; balanceAfter: number; createdAt: string };
  currency: string;
  /** Shown under the kind (e.g. the fund's name). */
  context?: string;
  children?: ReactNode;
}

/** One operation on a phone: description and signed amount, then date, kind and balance after. */
export function EntryCard({ entry: e, currency, context, children }: EntryCardProps) {
  return (
    <Card withBorder padding="sm" component="li" data-entry-id={e.id}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {e.description}
          </Text>
          <Text size="sm" fw={500} c={e.amount < 0 ? 'red' : 'green'} style={{ whiteSpace: 'nowrap' }}>
            {formatSignedMoney(e.amount, currency)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(e.createdAt)} · {humanize(e.kind)}
          {context ? ` · ${context}` : ''} · balance {formatMoney(e.balanceAfter, currency)}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}
