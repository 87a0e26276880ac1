import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, forgetAntiforgeryToken, refreshAntiforgeryToken, toProblem } from '../../api';
import { type CurrentUserDto, type Permission } from '../../api';
import { can } from './access';

export const currentUserKey = ['auth', 'me'] as const;

type LoginBody = Parameters<typeof api.login>[0];
export type UpdateProfileBody = Parameters<typeof api.updateProfile>[0];
export type ChangePasswordBody = Parameters<typeof api.changePassword>[0];

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

/**
 * Whether the signed-in user may do this (their `permissions` from `GET /api/auth/me`): the one check behind the
 * navigation, the routes and every action button.
 */
export function useCan(permission: Permission): boolean {
  const { data } = useCurrentUser();
  return can(data, permission);
}

/** The installation's currency (D5), in which every amount is shown; undefined until the user is known. */
export function useCurrency(): string | undefined {
  return useCurrentUser().data?.currency;
}

/** Antiforgery tokens are bound to the identity, so get a fresh one around sign-in/out. */
export async function renewAntiforgery() {
  forgetAntiforgeryToken();
  try {
    await refreshAntiforgeryToken();
  } catch {
    // The following request will try again.
  }
}

export function useLogin() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: async (body: LoginBody) => {
      await renewAntiforgery();
      const user = await api.login(body);
      await renewAntiforgery();
      return user;
    },
    onSuccess: (user) => signedIn(user),
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
      // Keep the current-user query itself (its observers must see the null and go to sign-in); drop the rest.
      queryClient.setQueryData(currentUserKey, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== currentUserKey[0] });
    },
  });
}

/**
 * Stores the user who has just signed in (login or invitation), dropping the previous identity's data
 * except queries under `keep` (e.g. the page's own anonymous data).
 */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (user: CurrentUserDto, keep?: string) => {
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== currentUserKey[0] && q.queryKey[0] !== keep });
    queryClient.setQueryData(currentUserKey, user);
  };
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileBody) => api.updateProfile(body),
    onSuccess: (user) => {
      if (user) queryClient.setQueryData(currentUserKey, user);
      else void queryClient.invalidateQueries({ queryKey: currentUserKey });
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: async (body: ChangePasswordBody) => {
      await api.changePassword(body);
      // The server may re-issue the sign-in cookie; the antiforgery token is bound to it.
      await renewAntiforgery();
    },
  });
}

export type RequestPasswordResetBody = Parameters<typeof api.requestPasswordReset>[0];
export type ResetPasswordBody = Parameters<typeof api.resetPassword>[0];

/** "Forgot password?": the server answers the same whether or not the address has a login. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: async (body: RequestPasswordResetBody) => {
      await renewAntiforgery();
      await api.requestPasswordReset(body);
    },
  });
}

/** Sets a new password with the token of a reset link; the user then signs in with it. */
export function useResetPassword() {
  return useMutation({
    mutationFn: async (body: ResetPasswordBody) => {
      await renewAntiforgery();
      await api.resetPassword(body);
    },
  });
}
