import { Permission, UserKind, type CurrentUserDto } from '../../api';

/**
 * Whether the user holds the permission. The API publishes each user's permissions in `GET /api/auth/me`, computed
 * from the same role lists it enforces, so pages and buttons are shown exactly when the API would allow them.
 */
export function can(user: CurrentUserDto | null | undefined, permission: Permission): boolean {
  return !!user?.permissions?.includes(permission);
}

/** A partner's employee (portal layout); anything else is a vendor employee (back-office layout). */
export function isPortalUser(user: CurrentUserDto | null | undefined): boolean {
  return user?.kind === UserKind.PortalUser;
}

export function isPortalPath(pathname: string): boolean {
  return pathname === '/portal' || pathname.startsWith('/portal/');
}

export function homePath(user: CurrentUserDto | null | undefined): string {
  return isPortalUser(user) ? '/portal' : '/';
}

/** The back-office page an employee starts on, by what their permissions let them see. */
export function backOfficeHome(user: CurrentUserDto | null | undefined): string {
  if (can(user, Permission.PartnersRead)) return '/partnerships';
  if (can(user, Permission.PortalAccessManage)) return '/portal-organizations';
  return '/partner-types';
}

/** Where to go after sign-in: back where the user was, if that belongs to their layout; else their home. */
export function landingPath(user: CurrentUserDto, from: string): string {
  const pathname = from.split(/[?#]/)[0] || '/';
  if (pathname === '/' || isPortalPath(pathname) !== isPortalUser(user)) return homePath(user);
  return from;
}
