import type { PartnershipDto, PartnershipListItemDto } from '../api';

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
