import { Suspense, type ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { AppShell, Avatar, Burger, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CurrentUserDto } from '../api';
import { useLogout } from '../features/auth/hooks';
import { NotificationBell } from '../features/notifications/NotificationBell';
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
  /** The user's profile page. */
  profile: string;
  /** The user's notifications page (the bell's "See all"). */
  notifications: string;
  /** Shown beside the brand (the partner's name in the portal). */
  subtitle?: ReactNode;
  items: ShellNavItem[];
}

/** The signed-in frame shared by the back-office and the portal: header with the user and sign-out, navbar, page. */
export function Shell({ user, home, profile, notifications, subtitle, items }: ShellProps) {
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
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text component={Link} to={home} fw={700} size="lg" c="inherit" td="none" style={{ flexShrink: 0 }}>
              PartnerPortal
            </Text>
            {subtitle}
          </Group>
          <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
            <NotificationBell page={notifications} />
            <UserMenu user={user} profile={profile} onSignOut={() => logout.mutate()} signingOut={logout.isPending} />
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

interface UserMenuProps {
  user: CurrentUserDto;
  profile: string;
  onSignOut: () => void;
  signingOut: boolean;
}

/** The header's account menu: who is signed in, their profile, sign out. Fits a 390 px wide phone (the avatar alone). */
function UserMenu({ user, profile, onSignOut, signingOut }: UserMenuProps) {
  const name = user.displayName || user.email;
  return (
    // No focus placeholder: a focusable element without a role is not allowed inside role="menu".
    <Menu position="bottom-end" width={240} withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton aria-label={`${name}: account menu`} style={{ flexShrink: 0 }} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar size={32} radius="xl" color="indigo" aria-hidden />
            <Text size="sm" fw={500} data-testid="current-user" visibleFrom="sm" maw={200} truncate>
              {name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={500} c="var(--mantine-color-text)" truncate>
            {name}
          </Text>
          {user.displayName && (
            <Text size="xs" c="dimmed" truncate>
              {user.email}
            </Text>
          )}
        </Menu.Label>
        <Menu.Item component={Link} to={profile}>
          Profile
        </Menu.Item>
        <Menu.Item onClick={onSignOut} disabled={signingOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
