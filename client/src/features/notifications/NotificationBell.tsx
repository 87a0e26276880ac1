import { useState } from 'react';
import { Link } from 'react-router';
import { ActionIcon, Anchor, Button, Group, Indicator, Popover, ScrollArea, Text } from '@mantine/core';
import { NotificationList } from './NotificationList';
import { useMarkAllNotificationsRead, useNotifications, useNotificationSummary } from './hooks';

/** The bell of the header: the unread count, and the latest notifications in a popover. */
export function NotificationBell({ page }: { page: string }) {
  const [opened, setOpened] = useState(false);
  const summary = useNotificationSummary();
  const list = useNotifications(false, opened);
  const markAll = useMarkAllNotificationsRead();
  const unread = summary.data?.unread ?? 0;
  const items = list.data?.pages[0]?.items.slice(0, 8) ?? [];
  const label = unread > 0 ? `Notifications: ${unread} unread` : 'Notifications';

  return (
    <Indicator
      disabled={unread === 0}
      label={unread > 99 ? '99+' : unread}
      size={16}
      offset={4}
      color="red"
      data-testid="notification-count"
    >
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} withinPortal shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={label}
            onClick={() => setOpened((o) => !o)}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0}>
          <Group justify="space-between" p="sm" wrap="nowrap">
            <Text fw={600}>Notifications</Text>
            {unread > 0 && (
              <Button size="compact-xs" variant="subtle" onClick={() => markAll.mutate()} loading={markAll.isPending}>
                Mark all read
              </Button>
            )}
          </Group>
          <ScrollArea.Autosize mah={360}>
            {list.isPending ? (
              <Text c="dimmed" size="sm" p="sm">
                Loading…
              </Text>
            ) : (
              <NotificationList items={items} onOpen={() => setOpened(false)} />
            )}
          </ScrollArea.Autosize>
          <Group justify="center" p="xs">
            <Anchor component={Link} to={page} size="sm" onClick={() => setOpened(false)}>
              See all notifications
            </Anchor>
          </Group>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function BellIcon() {
  return (
    <svg width={20} height={20} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} aria-hidden>
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
