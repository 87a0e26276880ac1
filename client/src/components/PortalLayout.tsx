import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CurrentUserDto } from '../api';
import { isPortalUser } from '../features/auth/access';
import { useLogout } from '../features/auth/hooks';
import { PageLoader } from './PageLoader';
import { RequireUser } from './RequireUser';

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
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure();
  const items = [
    {
      to: '/portal',
      label: 'Partner program',
      active: location.pathname === '/portal' || location.pathname.startsWith('/portal/partnerships/'),
    },
    ...(user.partner?.isOrganizationAdmin
      ? [{ to: '/portal/organization', label: 'Organization', active: location.pathname === '/portal/organization' }]
      : []),
    { to: '/portal/profile', label: 'Profile', active: location.pathname === '/portal/profile' },
  ];

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text component={Link} to="/portal" fw={700} size="lg" c="inherit" td="none">
              PartnerPortal
            </Text>
            {user.partner && (
              <Text size="lg" c="dimmed" truncate data-testid="partner-account">
                {user.partner.accountName}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" fw={500} data-testid="current-user" visibleFrom="xs">
              {user.displayName || user.email}
            </Text>
            <Button variant="default" size="xs" onClick={() => logout.mutate()} loading={logout.isPending}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={item.active}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
