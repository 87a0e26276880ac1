import { useNavigate } from 'react-router';
import { Box, Group, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { NotificationDto } from '../../api';
import { formatDateTime } from '../../lib/format';
import { useMarkNotificationRead } from './hooks';

interface NotificationListProps {
  items: NotificationDto[];
  /** Called after a notification was opened (the bell closes its popover). */
  onOpen?: () => void;
}

/**
 * Notifications, newest first; an unread one is bold with a dot. Opening one marks it read and goes to its page.
 */
export function NotificationList({ items, onOpen }: NotificationListProps) {
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();

  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="sm">
        No notifications.
      </Text>
    );
  }

  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((n) => {
        const unread = !n.readAt;
        const open = () => {
          if (unread) markRead.mutate(n.id);
          onOpen?.();
          if (n.link) void navigate(n.link);
        };
        return (
          <Box component="li" key={n.id} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <UnstyledButton onClick={open} w="100%" p="sm" data-testid="notification" data-unread={unread || undefined}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Box
                  mt={6}
                  w={8}
                  h={8}
                  style={{
                    flexShrink: 0,
                    borderRadius: '50%',
                    background: unread ? 'var(--mantine-color-indigo-6)' : 'transparent',
                  }}
                  aria-hidden
                />
                <Stack gap={2} miw={0}>
                  <Text size="sm" fw={unread ? 700 : 400} lineClamp={2}>
                    {unread && <VisuallyHidden>Unread: </VisuallyHidden>}
                    {n.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-line' }}>
                    {n.body}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(n.createdAt)}
                  </Text>
                </Stack>
              </Group>
            </UnstyledButton>
          </Box>
        );
      })}
    </Stack>
  );
}
