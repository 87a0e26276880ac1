import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { renewAntiforgery, useSignedIn } from '../auth/hooks';

export type AcceptInvitationBody = Parameters<typeof api.acceptInvitation>[1];

export const invitationKeys = {
  all: ['invitations'] as const,
  detail: (token: string) => [...invitationKeys.all, token] as const,
};

/** An invitation by the token from its link (anonymous). */
export function useInvitation(token: string | undefined) {
  return useQuery({
    queryKey: invitationKeys.detail(token ?? ''),
    queryFn: () => api.getInvitation(token!),
    enabled: !!token,
    staleTime: 0,
  });
}

/** Sets the password; the server signs the new portal user in. */
export function useAcceptInvitation(token: string) {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: async (body: AcceptInvitationBody) => {
      await renewAntiforgery();
      const user = await api.acceptInvitation(token, body);
      await renewAntiforgery();
      return user;
    },
    // Keep the invitation: the page is still showing it until it navigates away.
    onSuccess: (user) => signedIn(user, invitationKeys.all[0]),
  });
}
