import type { ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { toProblem } from '../api/http';
import { ProblemAlert } from './ProblemAlert';

interface QueryStateProps<T> {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending'> &
    Partial<Pick<UseQueryResult<T>, 'refetch' | 'isFetching'>>;
  children: (data: T) => ReactNode;
}

/** Renders a loader, an error alert (with "Try again" when that may help), or the children with the loaded data. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.error) {
    const { refetch } = query;
    return (
      <ProblemAlert
        problem={toProblem(query.error)}
        onRetry={refetch ? () => void refetch() : undefined}
        retrying={query.isFetching}
      />
    );
  }
  if (query.isPending || query.data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  return <>{children(query.data)}</>;
}
