import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { PAGE_SIZE } from '../../lib/paging';

export type LicensePoolBody = Parameters<typeof api.createLicensePool>[0];

export const licensePoolKeys = {
  all: ['license-pools'] as const,
  list: (page: number) => [...licensePoolKeys.all, 'list', page] as const,
};

export function useLicensePools(page: number) {
  return useQuery({
    queryKey: licensePoolKeys.list(page),
    queryFn: () => api.listLicensePools(page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

export function useSaveLicensePool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: LicensePoolBody }) =>
      id === undefined ? api.createLicensePool(body) : api.updateLicensePool(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: licensePoolKeys.all }),
  });
}
