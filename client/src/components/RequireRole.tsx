import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { Alert } from '@mantine/core';
import { useHasRole } from '../features/auth/hooks';
import type { Role } from '../api';

interface RequireRoleProps {
  roles: Role[];
  children?: ReactNode;
}

/** Renders the children (or the nested route) only for users with one of the roles. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const allowed = useHasRole(...roles);
  if (!allowed) {
    return (
      <Alert color="red" variant="light" title="You do not have permission to see this page." role="alert">
        Ask an administrator if you need access.
      </Alert>
    );
  }
  return <>{children ?? <Outlet />}</>;
}
