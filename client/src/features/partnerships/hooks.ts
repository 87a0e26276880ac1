import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type PartnershipDto } from '../../api';
import { PAGE_SIZE } from '../../lib/paging';

export type CreatePartnershipBody = Parameters<typeof api.createPartnership>[0];
export type UpdatePartnershipBody = Parameters<typeof api.updatePartnership>[1];
export type OverridePartnershipLevelBody = Parameters<typeof api.overridePartnershipLevel>[1];
export type ParameterValueBody = Parameters<typeof api.updatePartnershipParameter>[2];
export type RenewPartnershipBody = Parameters<typeof api.renewPartnership>[1];

export interface PartnershipFilters {
  partnerTypeId?: string;
  partnerLevelId?: string;
  isActive?: boolean;
  /** Only partnerships below pace to keep their level at renewal. */
  atRisk?: boolean;
  search?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

export const partnershipKeys = {
  all: ['partnerships'] as const,
  list: (filters: PartnershipFilters) => [...partnershipKeys.all, 'list', filters] as const,
  detail: (id: string) => [...partnershipKeys.all, 'detail', id] as const,
  history: (id: string, page: number) => [...partnershipKeys.all, 'history', id, page] as const,
  decisions: (id: string, page: number) => [...partnershipKeys.all, 'decisions', id, page] as const,
  renewal: (id: string) => [...partnershipKeys.all, 'renewal', id] as const,
};

/**
 * The list's filter and sort as the generated client's arguments: one place for the list and its CSV export (the
 * API's `PartnershipFilter`; a filter it gains changes both methods, and the compiler points here).
 */
export function partnershipFilterArgs(filters: Omit<PartnershipFilters, 'page' | 'pageSize'>) {
  return [
    filters.partnerTypeId,
    filters.partnerLevelId,
    filters.isActive,
    filters.search || undefined,
    undefined, // accountId: the account page lists its partnerships itself
    filters.atRisk,
    filters.sort || undefined,
  ] as const;
}

export function usePartnerships(filters: PartnershipFilters) {
  return useQuery({
    queryKey: partnershipKeys.list(filters),
    queryFn: () => api.listPartnerships(...partnershipFilterArgs(filters), filters.page, filters.pageSize),
    placeholderData: keepPreviousData,
  });
}

/** The CSV export of the partnerships list as `filters` show it (every page). */
export function exportPartnerships(filters: PartnershipFilters) {
  return api.exportPartnerships(...partnershipFilterArgs(filters));
}

export function usePartnership(id: string | undefined) {
  return useQuery({
    queryKey: partnershipKeys.detail(id ?? ''),
    queryFn: () => api.getPartnership(id!),
    enabled: !!id,
  });
}

/** One page of the partnership's parameter history, newest first. */
export function usePartnershipHistory(id: string | undefined, page: number) {
  return useQuery({
    queryKey: partnershipKeys.history(id ?? '', page),
    queryFn: () => api.getPartnershipHistory(id!, page, PAGE_SIZE),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
}

/** One page of the partnership's events (created, promoted, level overridden, ...), newest first. */
export function usePartnershipEvents(id: string | undefined, page: number) {
  return useQuery({
    queryKey: [...partnershipKeys.detail(id ?? ''), 'events', page],
    queryFn: () => api.getPartnershipEvents(id!, page, PAGE_SIZE),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
}

/** After a change: store the returned partnership (if any) and refetch what depends on it. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (id: string | undefined, result: unknown) => {
    if (id !== undefined && result && typeof result === 'object' && 'id' in result) {
      queryClient.setQueryData(partnershipKeys.detail(id), result as PartnershipDto);
    }
    void queryClient.invalidateQueries({ queryKey: partnershipKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['accounts'] });
  };
}

export function useCreatePartnership() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreatePartnershipBody) => api.createPartnership(body),
    onSuccess: (created) => afterChange(created?.id, created),
  });
}

export function useUpdatePartnership(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdatePartnershipBody) => api.updatePartnership(id, body),
    onSuccess: (result) => afterChange(id, result),
  });
}

export function useSetPartnershipActive(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (active: boolean) => (active ? api.activatePartnership(id) : api.deactivatePartnership(id)),
    onSuccess: (result) => afterChange(id, result),
  });
}

export function useUpdatePartnershipParameter(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ parameterId, body }: { parameterId: string; body: ParameterValueBody }) =>
      api.updatePartnershipParameter(id, parameterId, body),
    onSuccess: (result) => afterChange(id, result),
  });
}

/** W7 on demand: measure the obligations from the records now, re-score, promote while the target is met. */
export function useEvaluatePartnership(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: () => api.evaluatePartnership(id),
    onSuccess: (result) => afterChange(id, result),
  });
}

/** Removes the override of a measured obligation: the engine measures it again. */
export function useRemoveParameterOverride(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (parameterId: string) => api.removeParameterOverride(id, parameterId),
    onSuccess: (result) => afterChange(id, result),
  });
}

/** One page of the partnership's tier decisions, newest first. */
export function usePartnershipDecisions(id: string | undefined, page: number) {
  return useQuery({
    queryKey: partnershipKeys.decisions(id ?? '', page),
    queryFn: () => api.getPartnershipDecisions(id!, page, PAGE_SIZE),
    enabled: !!id,
    placeholderData: keepPreviousData,
  });
}

/** D4: the level proposed for the next period, and from when the renewal can be done. */
export function useRenewalProposal(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: partnershipKeys.renewal(id ?? ''),
    queryFn: () => api.getRenewalProposal(id!),
    enabled: !!id && enabled,
  });
}

/** Renews into the next period in one action; the result is the new partnership. */
export function useRenewPartnership(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: RenewPartnershipBody) => api.renewPartnership(id, body),
    onSuccess: (created) => afterChange(created?.id, created),
  });
}

export function useOverridePartnershipLevel(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: OverridePartnershipLevelBody) => api.overridePartnershipLevel(id, body),
    onSuccess: (result) => afterChange(id, result),
  });
}
