import { describe, expect, it } from 'vitest';
import { Permission, Role, UserKind, type CurrentUserDto } from '../../api';
import { backOfficeHome, landingPath } from './access';

const employee = (roles: Role[], permissions: Permission[] = []): CurrentUserDto => ({
  id: 'u-1',
  email: 'e@vendor.example',
  displayName: 'E',
  roles,
  permissions,
  kind: UserKind.Employee,
  currency: 'EUR',
});
const portalUser: CurrentUserDto = { ...employee([Role.PortalUser]), kind: UserKind.PortalUser, currency: 'EUR' };

describe('landingPath', () => {
  it('keeps a page of the own layout and replaces one of the other layout', () => {
    expect(landingPath(employee([Role.Admin]), '/partnerships?page=2')).toBe('/partnerships?page=2');
    expect(landingPath(employee([Role.Admin]), '/portal/profile')).toBe('/');
    expect(landingPath(portalUser, '/portal/profile')).toBe('/portal/profile');
    expect(landingPath(portalUser, '/partnerships')).toBe('/portal');
    expect(landingPath(portalUser, '/')).toBe('/portal');
    expect(landingPath(portalUser, '/portalx')).toBe('/portal');
  });
});

describe('backOfficeHome', () => {
  it('starts where the roles allow', () => {
    expect(backOfficeHome(employee([Role.PartnerManager], [Permission.ProgramRead, Permission.PartnersRead]))).toBe(
      '/partnerships',
    );
    expect(
      backOfficeHome(employee([Role.PortalUserManager], [Permission.ProgramRead, Permission.PortalAccessManage])),
    ).toBe('/portal-organizations');
    expect(backOfficeHome(employee([]))).toBe('/partner-types');
  });
});
