import { Suspense, type ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { AppShell, Burger, Button, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CurrentUserDto } from '../api';
import { useLogout } from '../features/auth/hooks';
import { PageLoader } from './PageLoader';

export interface ShellNavItem {
  to: string;
  label: string;
  active: boolean;
}

interface ShellProps {
  user: CurrentUserDto;
  /** Where the brand links to. */
  home: string;
  /** Shown beside the brand (the partner's name in the portal). */
  subtitle?: ReactNode;
  items: ShellNavItem[];
}

/** The signed-in frame shared by the back-office and the portal: header with the user and sign-out, navbar, page. */
export function Shell({ user, home, subtitle, items }: ShellProps) {
  const logout = useLogout();
  const [opened, { toggle, close }] = useDisclosure();

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
            <Text component={Link} to={home} fw={700} size="lg" c="inherit" td="none">
              PartnerPortal
            </Text>
            {subtitle}
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
