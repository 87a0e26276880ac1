import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type OutboxMessageState } from '../../api';

export interface OutboxFilters {
  /** Undefined: every state. */
  state?: OutboxMessageState;
  page: number;
  pageSize: number;
}

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (filters: OutboxFilters) => [...outboxKeys.all, 'list', filters] as const,
};

export function useOutboxMessages(filters: OutboxFilters) {
  return useQuery({
    queryKey: outboxKeys.list(filters),
    queryFn: () => api.listOutboxMessages(filters.state, filters.page, filters.pageSize),
    placeholderData: keepPreviousData,
  });
}

/** Sends a dead message again with a fresh set of attempts (409 when it is not dead). */
export function useRetryOutboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.retryOutboxMessage(id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}
