import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type AccountType } from '../../api';

export type AccountBody = Parameters<typeof api.createAccount>[0];

export interface AccountFilters {
  type?: AccountType;
  search?: string;
  page: number;
  pageSize: number;
}

export const accountKeys = {
  all: ['accounts'] as const,
  list: (filters: AccountFilters) => [...accountKeys.all, 'list', filters] as const,
  detail: (id: string) => [...accountKeys.all, 'detail', id] as const,
};

export function useAccounts(filters: AccountFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: accountKeys.list(filters),
    queryFn: () => api.listAccounts(filters.type, filters.search || undefined, filters.page, filters.pageSize),
    placeholderData: keepPreviousData,
  });
}

export function useAccount(id: string | undefined) {
  return useQuery({
    queryKey: accountKeys.detail(id ?? ''),
    queryFn: () => api.getAccount(id!),
    enabled: !!id,
  });
}

export function useSaveAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: AccountBody }) =>
      id === undefined ? api.createAccount(body) : api.updateAccount(id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['partnerships'] });
    },
  });
}
