import { Role, UserKind, type CurrentUserDto } from '../../api';

/** Who may manage portal organizations and their users. */
export const PORTAL_STAFF: Role[] = [Role.Admin, Role.PortalUserManager];

/** Who may see and change partners and partnerships. */
export const PARTNER_STAFF: Role[] = [Role.Admin, Role.PartnerManager];

export function hasAnyRole(user: CurrentUserDto | null | undefined, roles: readonly Role[]): boolean {
  return !!user?.roles?.some((role) => roles.includes(role));
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

/** The back-office page an employee starts on, by what their roles let them see. */
export function backOfficeHome(user: CurrentUserDto | null | undefined): string {
  if (hasAnyRole(user, PARTNER_STAFF)) return '/partnerships';
  if (hasAnyRole(user, PORTAL_STAFF)) return '/portal-organizations';
  return '/partner-types';
}

/** Where to go after sign-in: back where the user was, if that belongs to their layout; else their home. */
export function landingPath(user: CurrentUserDto, from: string): string {
  const pathname = from.split(/[?#]/)[0] || '/';
  if (pathname === '/' || isPortalPath(pathname) !== isPortalUser(user)) return homePath(user);
  return from;
}
