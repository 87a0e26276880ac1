using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Application.Features.EmailActions;

/// <summary>What an act-from-e-mail link can still do: <c>Ready</c>; <c>Used</c>; <c>Expired</c>; <c>Closed</c> (the offer was answered, withdrawn or expired otherwise).</summary>
public enum EmailActionState
{
    Ready,
    Used,
    Expired,
    Closed,
}

/// <summary>
/// The confirmation page's content: the action, its state, and no more of the lead than the e-mail already said
/// (the customer and the deadline) — the rest is on the portal, after signing in.
/// </summary>
public sealed record EmailActionDto(EmailAction Action, EmailActionState State, Guid LeadId, string Customer, DateTime Deadline, string RecipientName);
