import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { renewAntiforgery } from '../auth/hooks';

export const emailActionKeys = {
  detail: (token: string) => ['email-actions', token] as const,
};

/** What the e-mail's link would do, and whether it still can (anonymous; changes nothing). */
export function useEmailAction(token: string | undefined) {
  return useQuery({
    queryKey: emailActionKeys.detail(token ?? ''),
    queryFn: () => api.getEmailAction(token!),
    enabled: !!token,
    staleTime: 0,
    retry: false,
  });
}

/** Does it: accepts, or declines with the reason. */
export function usePerformEmailAction(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (reason?: string) => {
      await renewAntiforgery();
      return api.performEmailAction(token, { reason });
    },
    onSuccess: (result) => queryClient.setQueryData(emailActionKeys.detail(token), result),
  });
}
