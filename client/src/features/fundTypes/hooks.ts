import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { fundKeys } from '../funds/hooks';

export type CreateFundTypeBody = Parameters<typeof api.createFundType>[0];
export type UpdateFundTypeBody = Parameters<typeof api.updateFundType>[1];

export { useFundTypes } from '../funds/hooks';

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: fundKeys.types });
}

export function useCreateFundType() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: CreateFundTypeBody) => api.createFundType(body), onSuccess: invalidate });
}

export function useUpdateFundType(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UpdateFundTypeBody) => api.updateFundType(id, body),
    onSuccess: invalidate,
  });
}
