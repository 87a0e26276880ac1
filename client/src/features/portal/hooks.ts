import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { PAGE_SIZE } from '../../lib/paging';

export type AddMyOrganizationUsersBody = Parameters<typeof api.addMyOrganizationUsers>[0];

/** `code` of the 404 problem when the partner has no active partnership. */
export const NO_ACTIVE_PARTNERSHIP = 'no_active_partnership';

export const portalKeys = {
  all: ['portal'] as const,
  program: () => [...portalKeys.all, 'program'] as const,
  history: (page: number) => [...portalKeys.all, 'program', 'history', page] as const,
  decisions: (page: number) => [...portalKeys.all, 'program', 'decisions', page] as const,
  partnership: (id: string) => [...portalKeys.all, 'partnership', id] as const,
  organizationUsers: () => [...portalKeys.all, 'organization', 'users'] as const,
  organizationUsersPage: (page: number) => [...portalKeys.organizationUsers(), page] as const,
};

/** The partner's active partnership, as the partner sees it. */
export function useMyProgram() {
  return useQuery({ queryKey: portalKeys.program(), queryFn: () => api.getMyProgram() });
}

/** One page of the program's parameter history, newest first. */
export function useMyProgramHistory(page: number, enabled = true) {
  return useQuery({
    queryKey: portalKeys.history(page),
    queryFn: () => api.getMyProgramHistory(page, PAGE_SIZE),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** One page of the tier decisions about the partner's active partnership, newest first (no employee names). */
export function useMyProgramDecisions(page: number, enabled = true) {
  return useQuery({
    queryKey: portalKeys.decisions(page),
    queryFn: () => api.getMyProgramDecisions(page, PAGE_SIZE),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** One of the partner's own partnerships (404 for anything else). */
export function usePortalPartnership(id: string | undefined) {
  return useQuery({
    queryKey: portalKeys.partnership(id ?? ''),
    queryFn: () => api.getPortalPartnership(id!),
    enabled: !!id,
  });
}

export function useMyOrganizationUsers(page: number) {
  return useQuery({
    queryKey: portalKeys.organizationUsersPage(page),
    queryFn: () => api.listMyOrganizationUsers(page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateOrganizationUsers() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: portalKeys.organizationUsers() });
}

/** Adds users to the signed-in admin's organization; the server sends their invitations. */
export function useAddMyOrganizationUsers() {
  const invalidate = useInvalidateOrganizationUsers();
  return useMutation({
    mutationFn: (body: AddMyOrganizationUsersBody) => api.addMyOrganizationUsers(body),
    onSuccess: invalidate,
  });
}

export type MyOrganizationUserAction = 'invite' | 'deactivate' | 'activate' | 'makeAdmin' | 'removeAdmin';

function runAction(id: string, action: MyOrganizationUserAction) {
  switch (action) {
    case 'invite':
      return api.inviteMyOrganizationUser(id);
    case 'deactivate':
      return api.deactivateMyOrganizationUser(id);
    case 'activate':
      return api.activateMyOrganizationUser(id);
    case 'makeAdmin':
    case 'removeAdmin':
      return api.setMyOrganizationUserAdmin(id, { isOrganizationAdmin: action === 'makeAdmin' });
  }
}

/**
 * Invite/resend, deactivate, reactivate, or make (or stop making) an admin of a colleague in the own organization
 * (one mutation: one error, one busy row).
 */
export function useMyOrganizationUserAction() {
  const invalidate = useInvalidateOrganizationUsers();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: MyOrganizationUserAction }) => runAction(id, action),
    onSuccess: invalidate,
  });
}
