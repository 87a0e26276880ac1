import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';

/** How often the list refreshes by itself, and how long after "Run now" it is fetched again. */
export const JOBS_REFRESH_MS = 10_000;
export const RUN_NOW_REFRESH_MS = 2_000;

export const jobKeys = {
  all: ['jobs'] as const,
};

export function useJobs() {
  return useQuery({ queryKey: jobKeys.all, queryFn: () => api.listJobs(), refetchInterval: JOBS_REFRESH_MS });
}

/** Queues a job to run once now (202); the list is fetched again shortly after, once the run has had time to finish. */
export function useRunJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.runJob(name),
    onSuccess: () => {
      setTimeout(() => void queryClient.invalidateQueries({ queryKey: jobKeys.all }), RUN_NOW_REFRESH_MS);
    },
  });
}
