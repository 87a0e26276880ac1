import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Center, Loader } from '@mantine/core';
import type { CurrentUserDto } from '../api';
import { toProblem } from '../api/http';
import { useCurrentUser } from '../features/auth/hooks';
import { ProblemAlert } from './ProblemAlert';

interface RequireUserProps {
  children: (user: CurrentUserDto) => ReactNode;
}

/** Loads the current user; sends a signed-out visitor to /login (and back here after sign-in). */
export function RequireUser({ children }: RequireUserProps) {
  const location = useLocation();
  const currentUser = useCurrentUser();

  if (currentUser.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (currentUser.error) {
    return (
      <Center h="100vh" p="md">
        <ProblemAlert problem={toProblem(currentUser.error)} />
      </Center>
    );
  }
  if (!currentUser.data) {
    return <Navigate to="/login" replace state={{ from: location }} />;
  }
  return <>{children(currentUser.data)}</>;
}
