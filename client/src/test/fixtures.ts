import {
  Permission,
  Role,
  TierOutcome,
  TierTrigger,
  UserKind,
  type CurrentUserDto,
  type PartnershipDto,
  type PartnershipListItemDto,
  type TierDecisionDto,
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
  levelSince: '2025-03-01',
  atRisk: false,
};

export const partnership: PartnershipDto = {
  ...partnershipListItem,
  promotionEligible: false,
  nextLevelName: 'Platinum',
  obligations: [],
  benefits: [],
};

/** A promotion from Bronze to Silver after the 10th lead, with its measured lines. */
export const promotionDecision: TierDecisionDto = {
  id: 'd-2',
  at: '2025-03-01T10:00:00Z',
  trigger: TierTrigger.Event,
  triggerDetail: 'Lead registered',
  outcome: TierOutcome.Promoted,
  fromLevelName: 'Bronze',
  toLevelName: 'Silver',
  scoreBefore: 64,
  score: 80,
  targetScore: 80,
  reason: 'Bronze target of 80 points reached: promoted to Silver.',
  lines: [
    {
      categoryId: 'cat-leads',
      categoryName: 'Leads number',
      value: 10,
      target: 10,
      points: 40,
      maxPoints: 40,
      computed: true,
    },
    {
      categoryId: 'cat-amount',
      categoryName: 'Opportunity amount',
      value: 100000,
      target: 100000,
      points: 40,
      maxPoints: 40,
      computed: true,
      overrideReason: 'Deal booked in the old CRM',
    },
  ],
  by: 'Max Manager',
};

/** An earlier decision: the score moved within Bronze. */
export const scoreDecision: TierDecisionDto = {
  ...promotionDecision,
  id: 'd-1',
  at: '2025-02-01T10:00:00Z',
  trigger: TierTrigger.Nightly,
  triggerDetail: undefined,
  outcome: TierOutcome.ScoreChanged,
  toLevelName: 'Bronze',
  scoreBefore: 40,
  score: 64,
  reason: 'Score 64 of 80: 16 points missing for Silver.',
  lines: [],
  by: undefined,
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
