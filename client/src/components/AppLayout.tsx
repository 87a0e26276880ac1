import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CurrentUserDto } from '../api';
import { hasAnyRole, isPortalUser, PARTNER_STAFF, PORTAL_STAFF, Roles } from '../features/auth/access';
import { useLogout } from '../features/auth/hooks';
import { PageLoader } from './PageLoader';
import { RequireUser } from './RequireUser';

interface NavItem {
  to: string;
  label: string;
  /** Shown only to users with one of these roles. */
  roles?: string[];
}

const NAV_ITEMS: NavItem[] = [
  { to: '/partnerships', label: 'Partnerships', roles: PARTNER_STAFF },
  { to: '/partners', label: 'Partners', roles: PARTNER_STAFF },
  { to: '/partner-types', label: 'Partner types' },
  { to: '/parameter-categories', label: 'Parameter categories' },
  { to: '/portal-organizations', label: 'Portal organizations', roles: PORTAL_STAFF },
  { to: '/licenses', label: 'Licences', roles: [Roles.Admin] },
  { to: '/integration-clients', label: 'Integration clients', roles: [Roles.Admin] },
];

/** Signed-in back-office shell: header with the user and sign-out, navbar, routed page. */
export function AppLayout() {
  return (
    <RequireUser>
      {(user) =>
        // Partners' employees have their own layout.
        isPortalUser(user) ? <Navigate to="/portal" replace /> : <BackOffice user={user} />
      }
    </RequireUser>
  );
}

function BackOffice({ user }: { user: CurrentUserDto }) {
  const location = useLocation();
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure();
  const items = NAV_ITEMS.filter((item) => !item.roles || hasAnyRole(user, item.roles));

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
            <Text component={Link} to="/" fw={700} size="lg" c="inherit" td="none">
              PartnerPortal
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" fw={500} data-testid="current-user">
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
            active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
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
