import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type MarketingActivityDto, type MarketingActivityStatus } from '../../api';

export type ProposeActivityBody = Parameters<typeof api.proposeMyMarketingActivity>[0];
export type UpdateActivityBody = Parameters<typeof api.updateMyMarketingActivity>[1];
export type ApproveActivityBody = Parameters<typeof api.approveMarketingActivity>[2];

export interface MyActivityFilters {
  status?: MarketingActivityStatus;
  page: number;
  pageSize: number;
}

export interface ActivityFilters {
  status?: MarketingActivityStatus;
  partnershipId?: string;
  accountId?: string;
  search?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

export const activityKeys = {
  all: ['marketing-activities'] as const,
  list: (filters: ActivityFilters) => [...activityKeys.all, 'list', filters] as const,
  detail: (id: string) => [...activityKeys.all, 'detail', id] as const,
  mine: ['portal', 'marketing-activities'] as const,
  myList: (filters: MyActivityFilters) => [...activityKeys.mine, 'list', filters] as const,
  myDetail: (id: string) => [...activityKeys.mine, 'detail', id] as const,
};

// ---------------------------------------------------------------------------
// Portal: the partner's own activities

export function useMyActivities(filters: MyActivityFilters) {
  return useQuery({
    queryKey: activityKeys.myList(filters),
    queryFn: () => api.listMyMarketingActivities(filters.status, undefined, filters.page, filters.pageSize),
    placeholderData: keepPreviousData,
  });
}

export function useMyActivity(id: string | undefined) {
  return useQuery({
    queryKey: activityKeys.myDetail(id ?? ''),
    queryFn: () => api.getMyMarketingActivity(id!),
    enabled: !!id,
  });
}

/** The partner's funds (to pick the one an activity draws on). */
export function useMyFunds() {
  return useQuery({ queryKey: ['portal', 'funds'], queryFn: () => api.getMyFunds() });
}

/** After a change on the portal: store the returned activity, refetch the lists and the funds (an approval moves money). */
function useAfterMyChange() {
  const queryClient = useQueryClient();
  return (result: MarketingActivityDto | null | undefined) => {
    if (result?.id) queryClient.setQueryData(activityKeys.myDetail(result.id), result);
    void queryClient.invalidateQueries({ queryKey: activityKeys.mine });
    void queryClient.invalidateQueries({ queryKey: ['portal', 'funds'] });
  };
}

export function useProposeActivity() {
  const afterChange = useAfterMyChange();
  return useMutation({
    mutationFn: (body: ProposeActivityBody) => api.proposeMyMarketingActivity(body),
    onSuccess: afterChange,
  });
}

export function useUpdateMyActivity(id: string) {
  const afterChange = useAfterMyChange();
  return useMutation({
    mutationFn: (body: UpdateActivityBody) => api.updateMyMarketingActivity(id, body),
    onSuccess: afterChange,
  });
}

export type MyActivityAction = 'submit' | 'cancel' | 'delete';

/** Submit a draft, cancel a draft or a proposal on approval, delete a draft (one mutation: one error, one busy state). */
export function useMyActivityAction(id: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterMyChange();
  return useMutation({
    mutationFn: async (action: MyActivityAction) => {
      switch (action) {
        case 'submit':
          return api.submitMyMarketingActivity(id);
        case 'cancel':
          return api.cancelMyMarketingActivity(id);
        case 'delete':
          await api.deleteMyMarketingActivity(id);
          return null;
      }
    },
    onSuccess: (result, action) => {
      if (action === 'delete') queryClient.removeQueries({ queryKey: activityKeys.myDetail(id) });
      afterChange(result);
    },
  });
}

// ---------------------------------------------------------------------------
// Back-office: the approval queue and the employees' actions

export function useActivities(filters: ActivityFilters) {
  return useQuery({
    queryKey: activityKeys.list(filters),
    queryFn: () =>
      api.listMarketingActivities(
        filters.status,
        filters.partnershipId,
        filters.accountId,
        filters.search || undefined,
        filters.sort || undefined,
        filters.page,
        filters.pageSize,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useActivity(id: string | undefined) {
  return useQuery({
    queryKey: activityKeys.detail(id ?? ''),
    queryFn: () => api.getMarketingActivity(id!),
    enabled: !!id,
  });
}

/** The partnership's funds, to pick the one an approval debits. */
export function usePartnershipFunds(partnershipId: string | undefined) {
  return useQuery({
    queryKey: ['partnerships', 'detail', partnershipId ?? '', 'funds'],
    queryFn: () => api.listPartnershipFunds(partnershipId!),
    enabled: !!partnershipId,
  });
}

/** The partner's active portal users, who may own the activity (the approve dialog's picker; for partners.write). */
export function useOwnerCandidates(activityId: string) {
  return useQuery({
    queryKey: ['marketing-activities', 'owners', activityId],
    queryFn: () => api.listActivityOwnerCandidates(activityId),
  });
}

/** After an employee's change: store the activity, refetch the lists and everything fund-related. */
function useAfterChange(id: string) {
  const queryClient = useQueryClient();
  return (result: MarketingActivityDto | null | undefined) => {
    if (result?.id) queryClient.setQueryData(activityKeys.detail(id), result);
    void queryClient.invalidateQueries({ queryKey: activityKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['partnerships'] });
    void queryClient.invalidateQueries({ queryKey: ['funds'] });
  };
}

export function useApproveActivity(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: ({ key, body }: { key: string; body: ApproveActivityBody }) =>
      api.approveMarketingActivity(id, key, body),
    onSuccess: afterChange,
  });
}

export function useRejectActivity(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (reason: string) => api.rejectMarketingActivity(id, { reason }),
    onSuccess: afterChange,
  });
}

export function useCompleteActivity(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: ({ key, spentBudget }: { key: string; spentBudget: number }) =>
      api.completeMarketingActivity(id, key, { spentBudget }),
    onSuccess: afterChange,
  });
}

export function useCancelActivity(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: ({ key, reason }: { key: string; reason?: string }) => api.cancelMarketingActivity(id, key, { reason }),
    onSuccess: afterChange,
  });
}
