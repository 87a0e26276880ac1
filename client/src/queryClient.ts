import { QueryClient } from '@tanstack/react-query';
import { toProblem } from './api/http';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          const status = toProblem(error).status;
          if (status !== undefined && status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}
