import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type OpportunityDto, type OpportunityListItemDtoKeysetPage, type OpportunityStage } from '../../api';

export type CreateOpportunityBody = Parameters<typeof api.createOpportunity>[0];
export type UpdateOpportunityBody = Parameters<typeof api.updateOpportunity>[1];
export type ReopenOpportunityBody = Parameters<typeof api.reopenOpportunity>[1];
export type UpdateMyOpportunityBody = Parameters<typeof api.updateMyOpportunity>[1];

/** Rows per keyset page of the opportunity lists. */
export const OPPORTUNITY_PAGE_SIZE = 25;

export interface OpportunityFilters {
  stage?: OpportunityStage;
  partnerAccountId?: string;
  sort?: string;
}

export const opportunityKeys = {
  all: ['opportunities'] as const,
  list: (filters: OpportunityFilters) => [...opportunityKeys.all, 'list', filters] as const,
  detail: (id: string) => [...opportunityKeys.all, 'detail', id] as const,
  mine: ['portal', 'opportunities'] as const,
  myList: (stage?: OpportunityStage, sort?: string) =>
    [...opportunityKeys.mine, 'list', stage ?? null, sort ?? null] as const,
  myDetail: (id: string) => [...opportunityKeys.mine, 'detail', id] as const,
  pipeline: (filters: OpportunityFilters) =>
    [...opportunityKeys.all, 'pipeline', filters.stage ?? null, filters.partnerAccountId ?? null] as const,
  myPipeline: (stage?: OpportunityStage) => [...opportunityKeys.mine, 'pipeline', stage ?? null] as const,
};

/** The list's filter as the arguments of `listOpportunities` / `exportOpportunities` (without cursor and limit). */
export function opportunityFilterArgs(f: OpportunityFilters) {
  return [f.stage, f.partnerAccountId, undefined, f.sort] as const;
}

const nextCursor = (page: OpportunityListItemDtoKeysetPage) => page.nextCursor || undefined;

// ---------------------------------------------------------------------------
// Back-office

/** Keyset-paged opportunities: each "Load more" asks for the page after the last one's `nextCursor`. */
export function useOpportunities(filters: OpportunityFilters, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: opportunityKeys.list(filters),
    queryFn: ({ pageParam }) =>
      api.listOpportunities(...opportunityFilterArgs(filters), pageParam, OPPORTUNITY_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The pipeline (count and total per stage) with the list's filters; the sort does not change it. */
export function useOpportunityPipeline(filters: OpportunityFilters, enabled = true) {
  return useQuery({
    queryKey: opportunityKeys.pipeline(filters),
    queryFn: () => api.getOpportunityPipeline(filters.stage, filters.partnerAccountId),
    enabled,
  });
}

export function useMyOpportunityPipeline(stage: OpportunityStage | undefined, enabled = true) {
  return useQuery({
    queryKey: opportunityKeys.myPipeline(stage),
    queryFn: () => api.getMyOpportunityPipeline(stage),
    enabled,
  });
}

export function useOpportunity(id: string | undefined) {
  return useQuery({
    queryKey: opportunityKeys.detail(id ?? ''),
    queryFn: () => api.getOpportunity(id!),
    enabled: !!id,
  });
}

function useAfterChange() {
  const queryClient = useQueryClient();
  return (opportunity: OpportunityDto) => {
    queryClient.setQueryData(opportunityKeys.detail(opportunity.id), opportunity);
    void queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
  };
}

export function useCreateOpportunity() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateOpportunityBody) => api.createOpportunity(body),
    onSuccess: afterChange,
  });
}

export function useUpdateOpportunity(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdateOpportunityBody) => api.updateOpportunity(id, body),
    onSuccess: afterChange,
  });
}

export function useReopenOpportunity(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: ReopenOpportunityBody) => api.reopenOpportunity(id, body),
    onSuccess: afterChange,
  });
}

export function useDeleteOpportunity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.deleteOpportunity(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: opportunityKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
    },
  });
}

// ---------------------------------------------------------------------------
// Portal

/** The partner's opportunities, keyset paged (newest first unless sorted). */
export function useMyOpportunities(stage?: OpportunityStage, sort?: string, enabled = true) {
  return useInfiniteQuery({
    enabled,
    queryKey: opportunityKeys.myList(stage, sort),
    queryFn: ({ pageParam }) => api.listMyOpportunities(stage, sort, pageParam, OPPORTUNITY_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useMyOpportunity(id: string | undefined) {
  return useQuery({
    queryKey: opportunityKeys.myDetail(id ?? ''),
    queryFn: () => api.getMyOpportunity(id!),
    enabled: !!id,
  });
}

export function useUpdateMyOpportunity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMyOpportunityBody) => api.updateMyOpportunity(id, body),
    onSuccess: (opportunity) => {
      queryClient.setQueryData(opportunityKeys.myDetail(opportunity.id), opportunity);
      void queryClient.invalidateQueries({ queryKey: opportunityKeys.mine });
    },
  });
}
