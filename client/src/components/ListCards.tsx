import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Anchor, Card, Group, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** True at phone width (up to 36em, the 390 px layout), where lists show cards instead of a wide table. */
export function usePhone() {
  return !!useMediaQuery('(max-width: 36em)');
}

/** A phone's list of cards in place of a wide table: one card a row, named like the table it replaces. */
export function CardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap="xs" role="list" aria-label={label}>
      {children}
    </Stack>
  );
}

/** One row as a card: the title links to the record, the badge (a status) beside it, the other facts below. */
export function ListCard({
  to,
  title,
  badge,
  children,
}: {
  to: string;
  title: ReactNode;
  badge?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Card withBorder padding="sm" role="listitem">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Anchor component={Link} to={to} fw={500} miw={0} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Anchor>
        {badge}
      </Group>
      {children}
    </Card>
  );
}
