import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type NotificationDtoKeysetPage } from '../../api';

/** Rows per keyset page of the notifications list; the bell shows the first few. */
export const NOTIFICATION_PAGE_SIZE = 20;

/** How often the bell asks for the unread count while the page is open (ms). */
export const NOTIFICATION_POLL_MS = 60_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  summary: ['notifications', 'summary'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
};

/** The bell's unread count: refreshed every minute and when the window regains focus. */
export function useNotificationSummary() {
  return useQuery({
    queryKey: notificationKeys.summary,
    queryFn: () => api.getMyNotificationSummary(),
    refetchInterval: NOTIFICATION_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** The signed-in person's notifications, newest first, keyset paged. */
export function useNotifications(unreadOnly: boolean, enabled = true) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: ({ pageParam }) => api.listMyNotifications(unreadOnly, pageParam, NOTIFICATION_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: NotificationDtoKeysetPage) => page.nextCursor || undefined,
    placeholderData: keepPreviousData,
    enabled,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkNotificationRead() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => api.markMyNotificationRead(id), onSuccess: refresh });
}

export function useMarkAllNotificationsRead() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: () => api.markAllMyNotificationsRead(), onSuccess: refresh });
}
