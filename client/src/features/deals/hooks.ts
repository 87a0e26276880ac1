import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  api,
  type DealRegistrationDto,
  type DealRegistrationListItemDtoKeysetPage,
  type DealRegistrationStatus,
} from '../../api';

export type RegisterDealBody = Parameters<typeof api.registerMyDealRegistration>[0];

/** Rows per keyset page of the deal registration lists. */
export const DEAL_PAGE_SIZE = 25;

export interface DealFilters {
  status?: DealRegistrationStatus;
  hasConflict?: boolean;
  partnerAccountId?: string;
  sort?: string;
}

export const dealKeys = {
  all: ['deal-registrations'] as const,
  list: (filters: DealFilters) => [...dealKeys.all, 'list', filters] as const,
  detail: (id: string) => [...dealKeys.all, 'detail', id] as const,
  mine: ['portal', 'deal-registrations'] as const,
  myList: (status?: DealRegistrationStatus) => [...dealKeys.mine, 'list', status ?? null] as const,
  myDetail: (id: string) => [...dealKeys.mine, 'detail', id] as const,
};

/** The queue's filter as the arguments of `listDealRegistrations` / `exportDealRegistrations`. */
export function dealFilterArgs(f: DealFilters) {
  return [f.status, f.hasConflict, f.partnerAccountId, f.sort] as const;
}

const nextCursor = (page: DealRegistrationListItemDtoKeysetPage) => page.nextCursor || undefined;

// Back-office

export function useDealRegistrations(filters: DealFilters) {
  return useInfiniteQuery({
    queryKey: dealKeys.list(filters),
    queryFn: ({ pageParam }) => api.listDealRegistrations(...dealFilterArgs(filters), pageParam, DEAL_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useDealRegistration(id: string | undefined) {
  return useQuery({
    queryKey: dealKeys.detail(id ?? ''),
    queryFn: () => api.getDealRegistration(id!),
    enabled: !!id,
  });
}

function useAfterChange() {
  const queryClient = useQueryClient();
  return (deal: DealRegistrationDto) => {
    queryClient.setQueryData(dealKeys.detail(deal.id), deal);
    void queryClient.invalidateQueries({ queryKey: dealKeys.all });
  };
}

export function useApproveDeal(id: string) {
  const afterChange = useAfterChange();
  return useMutation({ mutationFn: () => api.approveDealRegistration(id), onSuccess: afterChange });
}

export function useRejectDeal(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (reason: string) => api.rejectDealRegistration(id, { reason }),
    onSuccess: afterChange,
  });
}

export function useApproveDealExtension(id: string) {
  const afterChange = useAfterChange();
  return useMutation({ mutationFn: () => api.approveDealRegistrationExtension(id), onSuccess: afterChange });
}

// Portal

export function useMyDeals(status?: DealRegistrationStatus) {
  return useInfiniteQuery({
    queryKey: dealKeys.myList(status),
    queryFn: ({ pageParam }) => api.listMyDealRegistrations(status, undefined, pageParam, DEAL_PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useMyDeal(id: string | undefined) {
  return useQuery({
    queryKey: dealKeys.myDetail(id ?? ''),
    queryFn: () => api.getMyDealRegistration(id!),
    enabled: !!id,
  });
}

function useAfterMyChange() {
  const queryClient = useQueryClient();
  return (deal: DealRegistrationDto) => {
    queryClient.setQueryData(dealKeys.myDetail(deal.id), deal);
    void queryClient.invalidateQueries({ queryKey: dealKeys.mine });
  };
}

export function useRegisterMyDeal() {
  const afterChange = useAfterMyChange();
  return useMutation({
    mutationFn: (body: RegisterDealBody) => api.registerMyDealRegistration(body),
    onSuccess: afterChange,
  });
}

export function useRequestDealExtension(id: string) {
  const afterChange = useAfterMyChange();
  return useMutation({ mutationFn: () => api.requestMyDealRegistrationExtension(id), onSuccess: afterChange });
}

/** "Is this customer already protected?" — a mutation, run on demand (rate limited on the server). */
export function usePreCheck() {
  return useMutation({
    mutationFn: (q: { name?: string; domain?: string; taxId?: string }) =>
      api.preCheckDealRegistration(q.name, q.domain, q.taxId),
  });
}
