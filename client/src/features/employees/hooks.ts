import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export function useEmployees() {
  return useQuery({ queryKey: ['employees'], queryFn: () => api.listEmployees(), staleTime: 5 * 60_000 });
}
