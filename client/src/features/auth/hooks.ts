import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, forgetAntiforgeryToken, refreshAntiforgeryToken, toProblem } from '../../api';
import type { CurrentUserDto } from '../../api';

export const currentUserKey = ['auth', 'me'] as const;

type LoginBody = Parameters<typeof api.login>[0];

/** The signed-in user, or null when signed out (the API answers 401). */
export function useCurrentUser() {
  return useQuery<CurrentUserDto | null>({
    queryKey: currentUserKey,
    queryFn: async () => {
      try {
        return await api.getCurrentUser();
      } catch (error) {
        if (toProblem(error).status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useIsAdmin(): boolean {
  const { data } = useCurrentUser();
  return !!data?.roles?.includes('Admin');
}

/** Antiforgery tokens are bound to the identity, so get a fresh one around sign-in/out. */
async function renewAntiforgery() {
  forgetAntiforgeryToken();
  try {
    await refreshAntiforgeryToken();
  } catch {
    // The following request will try again.
  }
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) => {
      await renewAntiforgery();
      const user = await api.login(body);
      await renewAntiforgery();
      return user;
    },
    onSuccess: (user) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== currentUserKey[0] });
      queryClient.setQueryData(currentUserKey, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.logout();
      } finally {
        await renewAntiforgery();
      }
    },
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(currentUserKey, null);
    },
  });
}
