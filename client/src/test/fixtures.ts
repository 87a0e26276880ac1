import {
  Permission,
  Role,
  UserKind,
  type CurrentUserDto,
  type PartnershipDto,
  type PartnershipListItemDto,
} from '../api';

/** "Acme reseller 2025", Silver — level 2 of 3, 60 of 100 points: one partnership for component tests. */
export const partnershipListItem: PartnershipListItemDto = {
  id: 'ps-1',
  name: 'Acme reseller 2025',
  accountId: 'acc-10',
  accountName: 'Acme',
  partnerTypeId: 'type-2',
  partnerTypeName: 'Reseller',
  partnerLevelId: 'level-5',
  partnerLevelName: 'Silver',
  levelNumber: 2,
  levelCount: 3,
  startDate: '2025-01-01',
  dueDate: '2025-12-31',
  isActive: true,
  currentScore: 60,
  targetScore: 100,
  scoreLeft: 40,
};

export const partnership: PartnershipDto = {
  ...partnershipListItem,
  promotionEligible: false,
  nextLevelName: 'Platinum',
  obligations: [],
  benefits: [],
};

/**
 * Signed-in users of each role as `GET /api/auth/me` describes them: the permissions are those the API publishes for
 * the role (asserted by the API's integration test Me_PublishesThePermissions_TheApiEnforces_ForEachRole).
 */
export const adminUser: CurrentUserDto = {
  id: 'u-admin',
  email: 'admin@partnerportal.local',
  displayName: 'Ada Admin',
  roles: [Role.Admin],
  permissions: [
    Permission.ProgramRead,
    Permission.ProgramWrite,
    Permission.PartnersRead,
    Permission.PartnersWrite,
    Permission.PortalAccessManage,
    Permission.FundsRead,
    Permission.FundsWrite,
    Permission.FundsOverdraw,
    Permission.Admin,
  ],
  kind: UserKind.Employee,
  currency: 'EUR',
};

export const partnerManagerUser: CurrentUserDto = {
  id: 'u-manager',
  email: 'manager@partnerportal.local',
  displayName: 'Max Manager',
  roles: [Role.PartnerManager],
  permissions: [
    Permission.ProgramRead,
    Permission.PartnersRead,
    Permission.PartnersWrite,
    Permission.FundsRead,
    Permission.FundsWrite,
  ],
  kind: UserKind.Employee,
  currency: 'EUR',
};

/** Finance: reads partners, works the funds and may overdraw with a reason; changes no partner. */
export const financeUser: CurrentUserDto = {
  id: 'u-finance',
  email: 'finance@partnerportal.local',
  displayName: 'Fiona Finance',
  roles: [Role.Finance],
  permissions: [
    Permission.ProgramRead,
    Permission.PartnersRead,
    Permission.FundsRead,
    Permission.FundsWrite,
    Permission.FundsOverdraw,
  ],
  kind: UserKind.Employee,
  currency: 'EUR',
};

export const portalUserManagerUser: CurrentUserDto = {
  id: 'u-portal-manager',
  email: 'portal.admin@partnerportal.local',
  displayName: 'Pia Portal',
  roles: [Role.PortalUserManager],
  permissions: [Permission.ProgramRead, Permission.PortalAccessManage],
  kind: UserKind.Employee,
  currency: 'EUR',
};

export const portalUser: CurrentUserDto = {
  id: 'pu-1',
  email: 'anna@northwind.example',
  displayName: 'Anna',
  roles: [Role.PortalUser],
  permissions: [],
  kind: UserKind.PortalUser,
  currency: 'EUR',
  partner: {
    accountId: 'acc-1',
    accountName: 'Northwind Traders',
    organizationId: 'org-1',
    isOrganizationAdmin: true,
    emailDomain: 'northwind.example',
  },
};
