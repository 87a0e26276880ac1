using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Partnerships;

/// <summary>
/// Something a tier metric counts changed for partner <paramref name="AccountId"/> (W7 step 1: a lead saved, an
/// opportunity won or changed, an order confirmed or cancelled, a marketing activity approved, a certificate changed).
/// The partner's active partnership is evaluated again after the commit, through the outbox.
/// </summary>
public sealed record TierInputChanged(Guid AccountId, string What) : IDomainEvent;
