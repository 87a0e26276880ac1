namespace PartnerPortal.Domain.Common;

/// <summary>
/// Something that happened to an aggregate. Handlers run inside the saving transaction; anything that leaves the
/// process (e-mail, notifications, webhooks) is written as an outbox message and delivered after the commit.
/// </summary>
public interface IDomainEvent;
