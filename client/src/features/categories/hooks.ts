import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';

export type CategoryBody = Parameters<typeof api.createParameterCategory>[0];

export const categoryKeys = {
  all: ['parameterCategories'] as const,
};

export function useParameterCategories() {
  return useQuery({ queryKey: categoryKeys.all, queryFn: () => api.listParameterCategories() });
}

export function useSaveParameterCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CategoryBody }) =>
      id === undefined ? api.createParameterCategory(body) : api.updateParameterCategory(id, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: categoryKeys.all });
      // Category names appear in level parameters and partnerships.
      void queryClient.invalidateQueries({ queryKey: ['partnerTypes'] });
      void queryClient.invalidateQueries({ queryKey: ['partnerships'] });
    },
  });
}
