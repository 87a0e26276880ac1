import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type EntryKind } from '../../api';
import { PAGE_SIZE } from '../../lib/paging';

export type CreditFundBody = Parameters<typeof api.creditFund>[2];
export type DebitFundBody = Parameters<typeof api.debitFund>[2];
export type ReverseEntryBody = Parameters<typeof api.reverseFundEntry>[2];

/** The operations list's filter and sort (the API's `FundEntryFilter` plus `sort`), and its page. */
export interface FundEntryFilters {
  partnershipId?: string;
  fundId?: string;
  kind?: EntryKind;
  from?: string;
  to?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

export const fundKeys = {
  all: ['funds'] as const,
  partnership: (partnershipId: string) => [...fundKeys.all, 'partnership', partnershipId] as const,
  fund: (id: string) => [...fundKeys.all, 'fund', id] as const,
  reconciliation: (id: string) => [...fundKeys.all, 'reconciliation', id] as const,
  entries: (filters: FundEntryFilters) => [...fundKeys.all, 'entries', filters] as const,
  entry: (id: string) => [...fundKeys.all, 'entry', id] as const,
  types: ['fund-types'] as const,
  portal: ['portal', 'funds'] as const,
  portalEntries: (fundId: string, page: number) => ['portal', 'funds', fundId, 'operations', page] as const,
};

/**
 * The list's filter and sort as the generated client's arguments: one place for the operations list and its CSV
 * export (the API's `FundEntryFilter`; a filter it gains changes both methods, and the compiler points here).
 */
export function fundEntryFilterArgs(filters: Omit<FundEntryFilters, 'page' | 'pageSize'>) {
  return [
    filters.partnershipId || undefined,
    filters.fundId || undefined,
    filters.kind || undefined,
    filters.from || undefined,
    filters.to || undefined,
    filters.sort || undefined,
  ] as const;
}

export function useFundEntries(filters: FundEntryFilters) {
  return useQuery({
    queryKey: fundKeys.entries(filters),
    queryFn: () => api.listFundEntries(...fundEntryFilterArgs(filters), filters.page, filters.pageSize),
    placeholderData: keepPreviousData,
  });
}

/** The CSV export of the operations list as `filters` show it (every page). */
export function exportFundEntries(filters: FundEntryFilters) {
  return api.exportFundEntries(...fundEntryFilterArgs(filters));
}

export function usePartnershipFunds(partnershipId: string | undefined) {
  return useQuery({
    queryKey: fundKeys.partnership(partnershipId ?? ''),
    queryFn: () => api.listPartnershipFunds(partnershipId!),
    enabled: !!partnershipId,
  });
}

export function useFund(id: string | undefined) {
  return useQuery({ queryKey: fundKeys.fund(id ?? ''), queryFn: () => api.getFund(id!), enabled: !!id });
}

export function useFundReconciliation(id: string | undefined) {
  return useQuery({
    queryKey: fundKeys.reconciliation(id ?? ''),
    queryFn: () => api.getFundReconciliation(id!),
    enabled: !!id,
  });
}

export function useFundEntry(id: string | undefined) {
  return useQuery({ queryKey: fundKeys.entry(id ?? ''), queryFn: () => api.getFundEntry(id!), enabled: !!id });
}

export function useFundTypes() {
  return useQuery({ queryKey: fundKeys.types, queryFn: () => api.listFundTypes() });
}

/** After money moved: balances, entries and reconciliations are stale. */
function useInvalidateFunds() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: fundKeys.all });
}

export function useOpenFund(partnershipId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: (fundTypeId: string) => api.openFund(partnershipId, { fundTypeId }),
    onSuccess: invalidate,
  });
}

/**
 * Credit and debit: every call carries the action's `Idempotency-Key` (see `useActionKey`), so the same action sent
 * twice (a double-click, a retry) pays once.
 */
export function useCreditFund(fundId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: CreditFundBody }) => api.creditFund(fundId, key, body),
    onSuccess: invalidate,
  });
}

export function useDebitFund(fundId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: DebitFundBody }) => api.debitFund(fundId, key, body),
    onSuccess: invalidate,
  });
}

export function useReverseFundEntry() {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({ entryId, key, body }: { entryId: string; key: string; body: ReverseEntryBody }) =>
      api.reverseFundEntry(entryId, key, body),
    onSuccess: invalidate,
  });
}

export function useCarryOverFunds(partnershipId: string) {
  const invalidate = useInvalidateFunds();
  return useMutation({
    mutationFn: ({ key, previousPartnershipId }: { key: string; previousPartnershipId: string }) =>
      api.carryOverFunds(partnershipId, key, { previousPartnershipId }),
    onSuccess: invalidate,
  });
}

/** The partner's other partnerships (earlier periods), for carrying balances over. */
export function usePartnerPartnerships(accountId: string | undefined) {
  return useQuery({
    queryKey: ['partnerships', 'of-account', accountId ?? ''],
    queryFn: () =>
      api.listPartnerships(undefined, undefined, undefined, undefined, accountId, undefined, '-startDate', 1, 50),
    enabled: !!accountId,
  });
}

// Portal (read-only)

export function useMyFunds(enabled = true) {
  return useQuery({ queryKey: fundKeys.portal, queryFn: () => api.getMyFunds(), enabled });
}

export function useMyFundEntries(fundId: string | undefined, page: number) {
  return useQuery({
    queryKey: fundKeys.portalEntries(fundId ?? '', page),
    queryFn: () => api.listMyFundEntries(fundId!, page, PAGE_SIZE),
    enabled: !!fundId,
    placeholderData: keepPreviousData,
  });
}
