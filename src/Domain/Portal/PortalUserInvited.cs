using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Portal;

/// <summary>
/// A portal user was given a new invitation link. The token exists only in memory until the e-mail carrying it is
/// written to the outbox (the user keeps only its hash).
/// </summary>
public sealed record PortalUserInvited(Guid PortalUserId, Guid OrganizationId, string Email, string Token) : IDomainEvent;
