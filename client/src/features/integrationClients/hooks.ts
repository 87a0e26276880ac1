import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { PAGE_SIZE } from '../../lib/paging';

export type CreateIntegrationClientBody = Parameters<typeof api.createIntegrationClient>[0];

/** Scopes an integration client can be granted (client-credentials flow). */
export const KNOWN_SCOPES = [
  { value: 'partners.read', description: 'Read partners and partnerships' },
  { value: 'partners.write', description: 'Create and change partners and partnerships' },
  { value: 'program.read', description: 'Read the partner program: types, levels, parameters' },
  { value: 'funds.read', description: 'Read funds, balances, operations and reconciliations; export operations' },
  { value: 'funds.write', description: 'Open funds, credit, debit, reverse and carry over (never overdraw)' },
  { value: 'sales.read', description: 'Read leads with their offers and routing explanations; export them' },
  { value: 'sales.write', description: 'Create leads, pass them to partners, route them, withdraw offers' },
];

export const integrationClientKeys = {
  all: ['integration-clients'] as const,
  list: (page: number) => [...integrationClientKeys.all, 'list', page] as const,
};

export function useIntegrationClients(page: number) {
  return useQuery({
    queryKey: integrationClientKeys.list(page),
    queryFn: () => api.listIntegrationClients(page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: integrationClientKeys.all });
}

export function useCreateIntegrationClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: CreateIntegrationClientBody) => api.createIntegrationClient(body),
    onSuccess: invalidate,
  });
}

export function useRotateIntegrationClientSecret() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.rotateIntegrationClientSecret(id),
    onSuccess: invalidate,
  });
}

export function useRevokeIntegrationClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api.revokeIntegrationClient(id),
    onSuccess: invalidate,
  });
}
