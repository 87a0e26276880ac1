import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, PriceListKind } from '../../api';

export type PartnerTypeBody = Parameters<typeof api.createPartnerType>[0];
export type PartnerLevelBody = Parameters<typeof api.createPartnerLevel>[1];
export type LevelParameterBody = Parameters<typeof api.addLevelParameter>[1];

export const partnerTypeKeys = {
  all: ['partnerTypes'] as const,
  list: () => [...partnerTypeKeys.all, 'list'] as const,
  detail: (id: string) => [...partnerTypeKeys.all, 'detail', id] as const,
  levels: (id: string) => [...partnerTypeKeys.all, 'levels', id] as const,
};

export function usePartnerTypes() {
  return useQuery({ queryKey: partnerTypeKeys.list(), queryFn: () => api.listPartnerTypes() });
}

export function usePartnerType(id: string | undefined) {
  return useQuery({
    queryKey: partnerTypeKeys.detail(id ?? ''),
    queryFn: () => api.getPartnerType(id!),
    enabled: !!id,
  });
}

/** Levels of a partner type, ordered by number. Disabled without a type id. */
export function usePartnerLevels(partnerTypeId: string | null | undefined) {
  return useQuery({
    queryKey: partnerTypeKeys.levels(partnerTypeId ?? ''),
    queryFn: async () => {
      const levels = await api.listPartnerLevels(partnerTypeId!);
      return [...levels].sort((a, b) => a.number - b.number);
    },
    enabled: !!partnerTypeId,
  });
}

/**
 * The price lists a level's Price list benefit may reference (issue 10): the base list and the level lists, by name.
 * Personal lists are a partner's own and are not offered.
 */
export function useBenefitPriceLists(enabled: boolean) {
  return useQuery({
    queryKey: ['priceLists', 'benefitOptions'],
    queryFn: async () => {
      const [base, levels] = await Promise.all([
        api.listPriceLists(PriceListKind.Base, undefined, undefined, undefined, undefined, 200),
        api.listPriceLists(PriceListKind.Level, undefined, undefined, undefined, undefined, 200),
      ]);
      return [...base.items, ...levels.items];
    },
    enabled,
  });
}

function useInvalidateLookups() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: partnerTypeKeys.all });
    // Type and level names and scores are shown on partnerships.
    void queryClient.invalidateQueries({ queryKey: ['partnerships'] });
  };
}

export function useSavePartnerType() {
  const invalidate = useInvalidateLookups();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: PartnerTypeBody }) =>
      id === undefined ? api.createPartnerType(body) : api.updatePartnerType(id, body),
    onSuccess: invalidate,
  });
}

export function useSavePartnerLevel(partnerTypeId: string) {
  const invalidate = useInvalidateLookups();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: PartnerLevelBody }) =>
      id === undefined ? api.createPartnerLevel(partnerTypeId, body) : api.updatePartnerLevel(id, body),
    onSuccess: invalidate,
  });
}

export function useSaveLevelParameter() {
  const invalidate = useInvalidateLookups();
  return useMutation({
    mutationFn: ({ levelId, id, body }: { levelId: string; id?: string; body: LevelParameterBody }) =>
      id === undefined ? api.addLevelParameter(levelId, body) : api.updateLevelParameter(id, body),
    onSuccess: invalidate,
  });
}

export function useDeleteLevelParameter() {
  const invalidate = useInvalidateLookups();
  return useMutation({
    mutationFn: (id: string) => api.deleteLevelParameter(id),
    onSuccess: invalidate,
  });
}

/** D16: what re-applying a level's current parameters would change (nothing is saved). */
export function useLevelReapplyPreview(levelId: string | undefined) {
  return useQuery({
    queryKey: [...partnerTypeKeys.all, 'reapply-preview', levelId],
    queryFn: () => api.previewLevelReapply(levelId!),
    enabled: !!levelId,
    staleTime: 0,
  });
}

export function useReapplyLevel() {
  const invalidate = useInvalidateLookups();
  return useMutation({
    mutationFn: (levelId: string) => api.reapplyLevel(levelId),
    onSuccess: invalidate,
  });
}

export type ProgramSettingsBody = Parameters<typeof api.updateProgramSettings>[0];

const programSettingsKey = ['programSettings'] as const;

/** The program's rules: progress on promotion (D2) and the renewal grace days (D4). */
export function useProgramSettings() {
  return useQuery({ queryKey: programSettingsKey, queryFn: () => api.getProgramSettings() });
}

export function useUpdateProgramSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgramSettingsBody) => api.updateProgramSettings(body),
    onSuccess: (result) => queryClient.setQueryData(programSettingsKey, result),
  });
}
