import { Navigate, useLocation } from 'react-router';
import { Role, type CurrentUserDto } from '../api';
import { hasAnyRole, isPortalUser, PARTNER_STAFF, PORTAL_STAFF } from '../features/auth/access';
import { RequireUser } from './RequireUser';
import { Shell } from './Shell';

interface NavItem {
  to: string;
  label: string;
  /** Shown only to users with one of these roles. */
  roles?: Role[];
}

const NAV_ITEMS: NavItem[] = [
  { to: '/partnerships', label: 'Partnerships', roles: PARTNER_STAFF },
  { to: '/partners', label: 'Partners', roles: PARTNER_STAFF },
  { to: '/customers', label: 'Customers', roles: PARTNER_STAFF },
  { to: '/partner-types', label: 'Partner types' },
  { to: '/parameter-categories', label: 'Parameter categories' },
  { to: '/portal-organizations', label: 'Portal organizations', roles: PORTAL_STAFF },
  { to: '/licenses', label: 'Licences', roles: [Role.Admin] },
  { to: '/integration-clients', label: 'Integration clients', roles: [Role.Admin] },
  { to: '/admin/outbox', label: 'Outbox', roles: [Role.Admin] },
  { to: '/admin/jobs', label: 'Scheduled jobs', roles: [Role.Admin] },
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
  const items = NAV_ITEMS.filter((item) => !item.roles || hasAnyRole(user, item.roles)).map((item) => ({
    to: item.to,
    label: item.label,
    active: location.pathname === item.to || location.pathname.startsWith(`${item.to}/`),
  }));

  return <Shell user={user} home="/" items={items} />;
}
