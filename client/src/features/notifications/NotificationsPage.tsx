import { Button, Group, Paper, SegmentedControl, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { NotificationList } from './NotificationList';
import { useMarkAllNotificationsRead, useNotifications, useNotificationSummary } from './hooks';

/** Everything the person was told: all or unread only, newest first, "Load more" for older ones. */
export default function NotificationsPage() {
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('show') === 'unread';
  const query = useNotifications(unreadOnly);
  const summary = useNotificationSummary();
  const markAll = useMarkAllNotificationsRead();

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <PageTitle>Notifications</PageTitle>
        {(summary.data?.unread ?? 0) > 0 && (
          <Button variant="default" onClick={() => markAll.mutate()} loading={markAll.isPending}>
            Mark all read
          </Button>
        )}
      </Group>
      <SegmentedControl
        w="fit-content"
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setParams(value === 'unread' ? { show: 'unread' } : {}, { replace: true })}
        data={[
          { value: 'all', label: 'All' },
          { value: 'unread', label: 'Unread' },
        ]}
        aria-label="Show"
      />
      <QueryState query={query}>
        {(data) => (
          <>
            <Paper withBorder>
              <NotificationList items={data.pages.flatMap((p) => p.items)} />
            </Paper>
            {query.hasNextPage && (
              <Button
                variant="default"
                w="fit-content"
                onClick={() => void query.fetchNextPage()}
                loading={query.isFetchingNextPage}
              >
                Load more
              </Button>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
