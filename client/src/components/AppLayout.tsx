import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { AppShell, Burger, Button, Center, Group, Loader, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCurrentUser, useLogout } from '../features/auth/hooks';
import { ProblemAlert } from './ProblemAlert';
import { toProblem } from '../api/http';

const NAV_ITEMS = [
  { to: '/partnerships', label: 'Partnerships' },
  { to: '/partners', label: 'Partners' },
  { to: '/partner-types', label: 'Partner types' },
  { to: '/parameter-categories', label: 'Parameter categories' },
];

function PageLoader() {
  return (
    <Center py="xl">
      <Loader aria-label="Loading" />
    </Center>
  );
}

/** Signed-in shell: header with the user and sign-out, navbar, routed page. */
export function AppLayout() {
  const location = useLocation();
  const currentUser = useCurrentUser();
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure();

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
  const user = currentUser.data;

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
        {NAV_ITEMS.map((item) => (
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
