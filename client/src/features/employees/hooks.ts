import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { MAX_PAGE_SIZE } from '../../lib/paging';

/** Employees to pick an account owner from: the first MAX_PAGE_SIZE by name (the list is paged; `search` narrows it). */
export function useEmployees() {
  return useQuery({
    queryKey: ['employees', 'picker'],
    queryFn: () => api.listEmployees(undefined, 1, MAX_PAGE_SIZE),
    staleTime: 5 * 60_000,
  });
}
