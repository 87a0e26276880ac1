import { Navigate, useLocation } from 'react-router';
import { Permission, type CurrentUserDto } from '../api';
import { can, isPortalUser } from '../features/auth/access';
import { RequireUser } from './RequireUser';
import { Shell } from './Shell';

interface NavItem {
  to: string;
  label: string;
  /** Shown only to users holding this permission (the one the page's API needs). */
  permission: Permission;
}

const NAV_ITEMS: NavItem[] = [
  { to: '/partnerships', label: 'Partnerships', permission: Permission.PartnersRead },
  { to: '/marketing-activities', label: 'Marketing activities', permission: Permission.PartnersRead },
  { to: '/leads', label: 'Leads', permission: Permission.PartnersRead },
  { to: '/opportunities', label: 'Opportunities', permission: Permission.PartnersRead },
  { to: '/orders', label: 'Orders', permission: Permission.PartnersRead },
  { to: '/deal-registrations', label: 'Deal registrations', permission: Permission.PartnersRead },
  { to: '/trainings', label: 'Training', permission: Permission.PartnersRead },
  { to: '/partners', label: 'Partners', permission: Permission.PartnersRead },
  { to: '/customers', label: 'Customers', permission: Permission.PartnersRead },
  { to: '/funds/operations', label: 'Fund operations', permission: Permission.FundsRead },
  { to: '/partner-types', label: 'Partner types', permission: Permission.ProgramRead },
  { to: '/parameter-categories', label: 'Parameter categories', permission: Permission.ProgramRead },
  { to: '/products', label: 'Products', permission: Permission.ProgramRead },
  { to: '/price-lists', label: 'Price lists', permission: Permission.ProgramRead },
  { to: '/portal-organizations', label: 'Portal organizations', permission: Permission.PortalAccessManage },
  { to: '/licenses', label: 'Licences', permission: Permission.Admin },
  { to: '/integration-clients', label: 'Integration clients', permission: Permission.Admin },
  { to: '/admin/fund-types', label: 'Fund types', permission: Permission.Admin },
  { to: '/admin/outbox', label: 'Outbox', permission: Permission.Admin },
  { to: '/admin/jobs', label: 'Scheduled jobs', permission: Permission.Admin },
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
  const items = NAV_ITEMS.filter((item) => can(user, item.permission)).map((item) => ({
    to: item.to,
    label: item.label,
    active: location.pathname === item.to || location.pathname.startsWith(`${item.to}/`),
  }));

  return <Shell user={user} home="/" profile="/profile" notifications="/notifications" items={items} />;
}
