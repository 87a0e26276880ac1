import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type TrainingResult } from '../../api';
import { PAGE_SIZE } from '../../lib/paging';

export type CreateTrainingBody = Parameters<typeof api.createTraining>[0];
export type UpdateTrainingBody = Parameters<typeof api.updateTraining>[1];
export type CreateCertificateBody = Parameters<typeof api.createCertificate>[0];
export type UpdateCertificateBody = Parameters<typeof api.updateCertificate>[1];

export const trainingKeys = {
  all: ['training'] as const,
  trainings: (accountId: string | undefined, page: number) =>
    [...trainingKeys.all, 'trainings', accountId ?? null, page] as const,
  certificates: (accountId: string | undefined, page: number) =>
    [...trainingKeys.all, 'certificates', accountId ?? null, page] as const,
  contacts: (accountId: string) => [...trainingKeys.all, 'contacts', accountId] as const,
  mine: ['portal', 'training'] as const,
  myTrainings: (page: number) => [...trainingKeys.mine, 'trainings', page] as const,
  myCertificates: (page: number) => [...trainingKeys.mine, 'certificates', page] as const,
};

export function useTrainings(accountId: string | undefined, page: number) {
  return useQuery({
    queryKey: trainingKeys.trainings(accountId, page),
    queryFn: () => api.listTrainings(accountId, undefined, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

export function useCertificates(accountId: string | undefined, page: number) {
  return useQuery({
    queryKey: trainingKeys.certificates(accountId, page),
    queryFn: () => api.listCertificates(accountId, undefined, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

/** The partner's contacts, to pick whose training or certificate it is (the first 200 by name). */
export function usePartnerContacts(accountId: string | undefined) {
  return useQuery({
    queryKey: trainingKeys.contacts(accountId ?? ''),
    queryFn: () => api.listContacts(accountId!, undefined, 1, 200),
    enabled: !!accountId,
  });
}

export function useMyTrainings(page: number) {
  return useQuery({
    queryKey: trainingKeys.myTrainings(page),
    queryFn: () => api.listMyTrainings(page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

export function useMyCertificates(page: number) {
  return useQuery({
    queryKey: trainingKeys.myCertificates(page),
    queryFn: () => api.listMyCertificates(page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}

/** A change of a training or certificate: refreshes both lists (a certificate may name a training). */
function useTrainingMutation<T, R>(run: (body: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useCreateTraining() {
  return useTrainingMutation((body: CreateTrainingBody) => api.createTraining(body));
}

export function useUpdateTraining(id: string) {
  return useTrainingMutation((body: UpdateTrainingBody) => api.updateTraining(id, body));
}

/** Records a result; the key is the dialog's (one action, one key: an unpaid training's debit happens once). */
export function useRecordTrainingResult(id: string, idempotencyKey: string) {
  return useTrainingMutation((result: TrainingResult) => api.recordTrainingResult(id, idempotencyKey, { result }));
}

export function useDeleteTraining() {
  return useTrainingMutation((id: string) => api.deleteTraining(id));
}

export function useCreateCertificate() {
  return useTrainingMutation((body: CreateCertificateBody) => api.createCertificate(body));
}

export function useUpdateCertificate(id: string) {
  return useTrainingMutation((body: UpdateCertificateBody) => api.updateCertificate(id, body));
}

export function useDeleteCertificate() {
  return useTrainingMutation((id: string) => api.deleteCertificate(id));
}
