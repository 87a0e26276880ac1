import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type PortalUserDto } from '../../api';
import { toProblem } from '../../api/http';
import { MAX_PAGE_SIZE, PAGE_SIZE } from '../../lib/paging';

export type AddPortalUsersBody = Parameters<typeof api.addPortalUsers>[1];

export interface PortalOrganizationFilters {
  /** Part of the organization's or its partner's name. */
  search?: string;
  page: number;
  pageSize: number;
}

export const portalOrganizationKeys = {
  all: ['portal-organizations'] as const,
  list: (filters: PortalOrganizationFilters) => [...portalOrganizationKeys.all, 'list', filters] as const,
  ofAccount: (accountId: string) => [...portalOrganizationKeys.all, 'account', accountId] as const,
};

export const portalUserKeys = {
  all: ['portal-users'] as const,
  list: (organizationId: string, page: number) => [...portalUserKeys.all, 'list', organizationId, page] as const,
};

export const contactKeys = {
  ofAccount: (accountId: string) => ['contacts', accountId] as const,
};

/** The account's portal organization, or null when it has none (404). */
export function usePortalOrganization(accountId: string | undefined) {
  return useQuery({
    queryKey: portalOrganizationKeys.ofAccount(accountId ?? ''),
    queryFn: async () => {
      try {
        return await api.getPortalOrganization(accountId!);
      } catch (error) {
        if (toProblem(error).status === 404) return null;
        throw error;
      }
    },
    enabled: !!accountId,
  });
}

export function usePortalOrganizations(filters: PortalOrganizationFilters) {
  return useQuery({
    queryKey: portalOrganizationKeys.list(filters),
    queryFn: () => api.listPortalOrganizations(filters.search || undefined, filters.page, filters.pageSize),
    placeholderData: keepPreviousData,
  });
}

/** One page of the organization's portal users, by name. */
export function usePortalUsers(organizationId: string | undefined, page: number) {
  return useQuery({
    queryKey: portalUserKeys.list(organizationId ?? '', page),
    queryFn: () => api.listPortalUsers(organizationId!, page, PAGE_SIZE),
    enabled: !!organizationId,
    placeholderData: keepPreviousData,
  });
}

/**
 * The account's contacts to pick portal users from: the first MAX_PAGE_SIZE by name (the list is paged; a partner
 * account with more contacts shows only those in the picker, and further users can still be added by e-mail).
 */
export function useContacts(accountId: string | undefined) {
  return useQuery({
    queryKey: contactKeys.ofAccount(accountId ?? ''),
    queryFn: () => api.listContacts(accountId!, undefined, 1, MAX_PAGE_SIZE),
    enabled: !!accountId,
  });
}

/** After any portal change: organizations (user counts), users, contacts and seat usage may differ. */
function useInvalidatePortal() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: portalOrganizationKeys.all });
    void queryClient.invalidateQueries({ queryKey: portalUserKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['contacts'] });
    void queryClient.invalidateQueries({ queryKey: ['license-pools'] });
  };
}

export function useCreateContact(accountId: string) {
  const invalidate = useInvalidatePortal();
  return useMutation({
    mutationFn: (body: { name: string; email: string }) => api.createContact(accountId, body),
    onSuccess: invalidate,
  });
}

export function useCreatePortalOrganization(accountId: string) {
  const invalidate = useInvalidatePortal();
  return useMutation({
    mutationFn: () => api.createPortalOrganization(accountId),
    onSuccess: invalidate,
  });
}

export function useAddPortalUsers(organizationId: string) {
  const invalidate = useInvalidatePortal();
  return useMutation({
    mutationFn: (body: AddPortalUsersBody) => api.addPortalUsers(organizationId, body),
    onSuccess: invalidate,
  });
}

export type PortalUserAction =
  | { kind: 'admin'; isOrganizationAdmin: boolean }
  | { kind: 'activate' }
  | { kind: 'deactivate' }
  | { kind: 'invite' }
  | { kind: 'move'; organizationId: string };

function runAction(user: PortalUserDto, action: PortalUserAction): Promise<PortalUserDto> {
  switch (action.kind) {
    case 'admin':
      return api.setPortalUserAdmin(user.id, { isOrganizationAdmin: action.isOrganizationAdmin });
    case 'activate':
      return api.activatePortalUser(user.id);
    case 'deactivate':
      return api.deactivatePortalUser(user.id);
    case 'invite':
      return api.invitePortalUser(user.id);
    case 'move':
      return api.movePortalUser(user.id, { organizationId: action.organizationId });
  }
}

/** Row actions on a portal user (one mutation: one error, one busy row). */
export function usePortalUserAction() {
  const invalidate = useInvalidatePortal();
  return useMutation({
    mutationFn: ({ user, action }: { user: PortalUserDto; action: PortalUserAction }) => runAction(user, action),
    onSuccess: invalidate,
  });
}
