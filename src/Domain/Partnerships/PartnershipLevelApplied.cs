using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Partnerships;

/// <summary>
/// A partnership got its level's terms: created, promoted, overridden or re-applied. Carries the categories of the
/// partnership's own benefit rows (its copy of the level, D16), e.g. for opening the marketing fund.
/// </summary>
public sealed record PartnershipLevelApplied(Guid PartnershipId, Guid AccountId, IReadOnlyList<Guid> BenefitCategoryIds) : IDomainEvent;
