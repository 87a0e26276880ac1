import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { Alert } from '@mantine/core';
import { useCan } from '../features/auth/hooks';
import type { Permission } from '../api';

interface RequirePermissionProps {
  permission: Permission;
  children?: ReactNode;
}

/** Renders the children (or the nested route) only for users holding the permission. */
export function RequirePermission({ permission, children }: RequirePermissionProps) {
  const allowed = useCan(permission);
  if (!allowed) {
    return (
      <Alert color="red" variant="light" title="You do not have permission to see this page." role="alert">
        Ask an administrator if you need access.
      </Alert>
    );
  }
  return <>{children ?? <Outlet />}</>;
}
