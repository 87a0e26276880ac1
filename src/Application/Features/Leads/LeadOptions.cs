namespace PartnerPortal.Application.Features.Leads;

/// <summary>The <c>Leads</c> settings (W5): how long an offer waits for an answer, and routing defaults.</summary>
public sealed class LeadOptions
{
    public const string Section = "Leads";

    /// <summary>Hours a partner has to accept or decline an offer before it expires and the lead is re-offered.</summary>
    public int OfferHours { get; set; } = 48;

    /// <summary>Open offers a partner may hold at once when its level grants no open-offer capacity benefit.</summary>
    public int DefaultOpenOfferCapacity { get; set; } = 5;

    /// <summary>Hours before an unanswered offer's deadline the partner is reminded (once); 0 sends no reminder.</summary>
    public int ReminderHours { get; set; } = 12;

    /// <summary>How often the expiry job looks for offers past their deadline.</summary>
    public int ExpirySeconds { get; set; } = 60;
}
