import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type LeadDto, type LeadListItemDtoKeysetPage, type LeadOfferState, type LeadStatus } from '../../api';

export type CreateLeadBody = Parameters<typeof api.createLead>[0];
export type RegisterLeadBody = Parameters<typeof api.registerMyLead>[0];
export type ChangeStatusBody = Parameters<typeof api.changeMyLeadStatus>[1];

/** Rows per keyset page of the lead lists. */
export const LEAD_PAGE_SIZE = 25;

export interface LeadFilters {
  status?: LeadStatus;
  partnerAccountId?: string;
  region?: string;
  source?: string;
  offerState?: LeadOfferState;
  sort?: string;
}

export const leadKeys = {
  all: ['leads'] as const,
  list: (filters: LeadFilters) => [...leadKeys.all, 'list', filters] as const,
  detail: (id: string) => [...leadKeys.all, 'detail', id] as const,
  mine: ['portal', 'leads'] as const,
  myList: (status?: LeadStatus) => [...leadKeys.mine, 'list', status ?? null] as const,
  myOffers: ['portal', 'leads', 'offers'] as const,
  myDetail: (id: string) => [...leadKeys.mine, 'detail', id] as const,
};

/** The list's filter as the arguments of `listLeads` / `exportLeads` (without cursor and limit). */
export function leadFilterArgs(f: LeadFilters) {
  return [f.status, f.partnerAccountId, f.region || undefined, f.source || undefined, f.offerState, f.sort] as const;
}

const nextCursor = (page: LeadListItemDtoKeysetPage) => page.nextCursor || undefined;

// ---------------------------------------------------------------------------
// Back-office

/** Keyset-paged leads: each "Load more" asks for the page after the last one's `nextCursor`. */
export function useLeads(filters: LeadFilters) {
  return useInfiniteQuery({
    queryKey: leadKeys.list(filters),
    queryFn: ({ pageParam }) => api.listLeads(...leadFilterArgs(filters), pageParam, LEAD_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: string | undefined) {
  return useQuery({ queryKey: leadKeys.detail(id ?? ''), queryFn: () => api.getLead(id!), enabled: !!id });
}

function useAfterChange() {
  const queryClient = useQueryClient();
  return (lead: LeadDto) => {
    queryClient.setQueryData(leadKeys.detail(lead.id), lead);
    void queryClient.invalidateQueries({ queryKey: leadKeys.all });
  };
}

export function useCreateLead() {
  const afterChange = useAfterChange();
  return useMutation({ mutationFn: (body: CreateLeadBody) => api.createLead(body), onSuccess: afterChange });
}

export function useOfferLead(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: { partnerAccountId: string; ownerId?: string }) => api.offerLead(id, body),
    onSuccess: afterChange,
  });
}

/** The partner's active portal users, who may own a lead passed to it (the pass dialog's owner picker). */
export function useLeadOwnerCandidates(partnerAccountId: string | null) {
  return useQuery({
    queryKey: [...leadKeys.all, 'owner-candidates', partnerAccountId],
    queryFn: () => api.listLeadOwnerCandidates(partnerAccountId!),
    enabled: !!partnerAccountId,
  });
}

/** An employee moves a lead the vendor works itself (same body and flow as the holder's portal change). */
export function useChangeLeadStatus(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: ChangeStatusBody) => api.changeLeadStatus(id, body),
    onSuccess: afterChange,
  });
}

export function useRouteLead(id: string) {
  const afterChange = useAfterChange();
  return useMutation({ mutationFn: () => api.routeLead(id), onSuccess: afterChange });
}

export function useWithdrawLeadOffer(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (reason?: string) => api.withdrawLeadOffer(id, { reason }),
    onSuccess: afterChange,
  });
}

// ---------------------------------------------------------------------------
// Portal

/** The offers waiting for the partner's answer, soonest deadline first. */
export function useMyLeadOffers() {
  return useQuery({ queryKey: leadKeys.myOffers, queryFn: () => api.listMyLeadOffers() });
}

/** The leads the partner holds, keyset paged (newest first). */
export function useMyLeads(status?: LeadStatus) {
  return useInfiniteQuery({
    queryKey: leadKeys.myList(status),
    queryFn: ({ pageParam }) => api.listMyLeads(status, undefined, pageParam, LEAD_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useMyLead(id: string | undefined) {
  return useQuery({ queryKey: leadKeys.myDetail(id ?? ''), queryFn: () => api.getMyLead(id!), enabled: !!id });
}

function useAfterMyChange() {
  const queryClient = useQueryClient();
  return (lead: LeadDto | null | undefined, id?: string) => {
    if (lead) queryClient.setQueryData(leadKeys.myDetail(lead.id), lead);
    else if (id) queryClient.removeQueries({ queryKey: leadKeys.myDetail(id) });
    void queryClient.invalidateQueries({ queryKey: leadKeys.mine });
  };
}

export function useRegisterMyLead() {
  const afterChange = useAfterMyChange();
  return useMutation({
    mutationFn: (body: RegisterLeadBody) => api.registerMyLead(body),
    onSuccess: (lead) => afterChange(lead),
  });
}

export function useAcceptLeadOffer() {
  const afterChange = useAfterMyChange();
  return useMutation({ mutationFn: (id: string) => api.acceptMyLeadOffer(id), onSuccess: (lead) => afterChange(lead) });
}

/** Declines with a reason (204): the lead is gone for the partner afterwards. */
export function useDeclineLeadOffer() {
  const afterChange = useAfterMyChange();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.declineMyLeadOffer(id, { reason }),
    onSuccess: (_, { id }) => afterChange(null, id),
  });
}

export function useChangeMyLeadStatus(id: string) {
  const afterChange = useAfterMyChange();
  return useMutation({
    mutationFn: (body: ChangeStatusBody) => api.changeMyLeadStatus(id, body),
    onSuccess: (lead) => afterChange(lead),
  });
}
