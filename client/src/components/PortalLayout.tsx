import { Navigate, useLocation } from 'react-router';
import { Text } from '@mantine/core';
import type { CurrentUserDto } from '../api';
import { isPortalUser } from '../features/auth/access';
import { RequireUser } from './RequireUser';
import { Shell } from './Shell';

/** Signed-in shell of the partner portal: the partner's name, the portal's own navigation. */
export function PortalLayout() {
  return (
    <RequireUser>
      {(user) =>
        // Employees work in the back-office.
        isPortalUser(user) ? <Portal user={user} /> : <Navigate to="/" replace />
      }
    </RequireUser>
  );
}

function Portal({ user }: { user: CurrentUserDto }) {
  const location = useLocation();
  const items = [
    {
      to: '/portal',
      label: 'Partner program',
      active: location.pathname === '/portal' || location.pathname.startsWith('/portal/partnerships/'),
    },
    {
      to: '/portal/marketing-activities',
      label: 'Marketing activities',
      active: location.pathname.startsWith('/portal/marketing-activities'),
    },
    { to: '/portal/leads', label: 'Leads', active: location.pathname.startsWith('/portal/leads') },
    {
      to: '/portal/opportunities',
      label: 'Opportunities',
      active: location.pathname.startsWith('/portal/opportunities'),
    },
    { to: '/portal/orders', label: 'Orders', active: location.pathname.startsWith('/portal/orders') },
    { to: '/portal/deals', label: 'Deals', active: location.pathname.startsWith('/portal/deals') },
    { to: '/portal/training', label: 'Training', active: location.pathname === '/portal/training' },
    ...(user.partner?.isOrganizationAdmin
      ? [{ to: '/portal/organization', label: 'Organization', active: location.pathname === '/portal/organization' }]
      : []),
    { to: '/portal/profile', label: 'Profile', active: location.pathname === '/portal/profile' },
  ];

  return (
    <Shell
      user={user}
      home="/portal"
      profile="/portal/profile"
      notifications="/portal/notifications"
      items={items}
      subtitle={
        user.partner && (
          <Text size="lg" c="dimmed" truncate miw={0} data-testid="partner-account">
            {user.partner.accountName}
          </Text>
        )
      }
    />
  );
}
