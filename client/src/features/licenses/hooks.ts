import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';

export type LicensePoolBody = Parameters<typeof api.createLicensePool>[0];

export const licensePoolKeys = {
  all: ['license-pools'] as const,
};

export function useLicensePools() {
  return useQuery({ queryKey: licensePoolKeys.all, queryFn: () => api.listLicensePools() });
}

export function useSaveLicensePool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: LicensePoolBody }) =>
      id === undefined ? api.createLicensePool(body) : api.updateLicensePool(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: licensePoolKeys.all }),
  });
}
