using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Domain.Leads;

/// <summary>W4/W5: New → Working → Qualified or Disqualified (a new lead may also be disqualified at once).</summary>
public enum LeadStatus
{
    New,
    Working,
    Qualified,
    Disqualified,
}

/// <summary>Invariant 13: a "Partner sale" lead has a partner (the holder) and an owner.</summary>
public enum SalesChannel
{
    Direct,
    PartnerSale,
}

/// <summary>Who changed a lead, and when: an employee, a partner's portal user, or the system (the expiry job: no id).</summary>
public readonly record struct LeadActor(Guid? Id, string? Name, bool IsPartner, DateTime At);

/// <summary>What describes a lead: the customer (records or free text), the need, the budget and where it came from.</summary>
public readonly record struct LeadDetails(
    Guid? CustomerAccountId, Guid? ContactId, string? CompanyName, string? ContactName, string? ContactEmail, string Need, long BudgetMinor,
    string? Source, string? Region);

/// <summary>An offer was made to a partner: its organization admins are e-mailed (D12).</summary>
public sealed record LeadOffered(Guid LeadId, Guid OfferId, Guid PartnerAccountId, DateTime Deadline, string Customer) : IDomainEvent;

/// <summary>An open offer nears its deadline unanswered: the partner is reminded once (same recipients as the offer).</summary>
public sealed record LeadOfferReminded(Guid LeadId, Guid OfferId, Guid PartnerAccountId, DateTime Deadline, string Customer) : IDomainEvent;

/// <summary>An offer ended by the partner's decision or by expiry: the lead's creator is e-mailed (D12).</summary>
public sealed record LeadOfferDecided(
    Guid LeadId, Guid OfferId, Guid PartnerAccountId, LeadOfferState State, string? Reason, Guid? CreatedById, bool CreatedByPartner, string Customer)
    : IDomainEvent;

/// <summary>
/// A lead (W4, W5): a potential sale, worked by the vendor or passed to a partner. A partner reaches a lead only as its
/// holder (<see cref="AccountId"/>, copied so the isolation filter is a plain column comparison, ADR-004/ADR-008) or
/// through an open <see cref="LeadOffer"/>. Offers move Open → Accepted / Declined / Expired / Withdrawn; a partner who
/// declined or let an offer expire is never offered the lead again. Every change appends to <see cref="History"/>.
/// </summary>
public sealed class Lead : AggregateRoot
{
    public const int TextMaxLength = 250;
    public const int NeedMaxLength = 4000;
    public const int ReasonMaxLength = 1000;
    public const int ShortTextMaxLength = 100;

    /// <summary>The largest budget: 10,000,000,000.00 in minor units (ADR-007).</summary>
    public const long MaxBudgetMinor = 1_000_000_000_000;

    private readonly List<LeadOffer> _offers = [];
    private readonly List<LeadEvent> _history = [];

    private Lead()
    {
        Need = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>A customer account of the CRM, if the lead refers to one (ADR-008: partners see it only through the lead).</summary>
    public Guid? CustomerAccountId { get; private set; }

    public Guid? ContactId { get; private set; }

    /// <summary>Free text for leads without records: the company as given.</summary>
    public string? CompanyName { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactEmail { get; private set; }

    public string Need { get; private set; }

    /// <summary>Minor units (ADR-007) of <see cref="Currency"/>.</summary>
    public long BudgetMinor { get; private set; }

    public string Currency { get; private set; }

    public string? Source { get; private set; }

    public string? Region { get; private set; }

    /// <summary>The source and region as the lists' filters compare them (<see cref="NameKey"/>), so a filter seeks an index.</summary>
    public string? SourceKey { get; private set; }

    public string? RegionKey { get; private set; }

    public LeadStatus Status { get; private set; }

    public SalesChannel SalesChannel { get; private set; }

    /// <summary>The partner holding the lead (null while the vendor holds it, also while an offer is open).</summary>
    public Guid? AccountId { get; private set; }

    /// <summary>The partner's portal user who owns the lead (invariant 13).</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>An employee's user id, or a portal user's id when <see cref="CreatedByPartner"/>.</summary>
    public Guid? CreatedById { get; private set; }

    public bool CreatedByPartner { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public string? DisqualifyReason { get; private set; }

    /// <summary>The opportunity stub created on qualification (issue 10 completes opportunities).</summary>
    public Guid? OpportunityId { get; private set; }

    /// <summary>Changes with every change, so two concurrent decisions cannot both be saved (the second gets 409).</summary>
    public Guid Version { get; private set; }

    /// <summary>The offers loaded with the lead (for a portal user: only their own, by the query filter).</summary>
    public IReadOnlyList<LeadOffer> Offers => _offers;

    /// <summary>Entries added by this unit of work; handlers never load past ones.</summary>
    public IReadOnlyList<LeadEvent> History => _history;

    public LeadOffer? OpenOffer => _offers.FirstOrDefault(o => o.State == LeadOfferState.Open);

    /// <summary>The customer as people read it: the company, else the contact.</summary>
    public string Customer => CompanyName ?? ContactName ?? ContactEmail ?? "(no name)";

    public bool IsClosed => Status is LeadStatus.Qualified or LeadStatus.Disqualified;

    /// <summary>The filter key of an optional short text (source, region): <see cref="NameKey"/>, or null when there is none.</summary>
    public static string? KeyOf(string? text) => string.IsNullOrWhiteSpace(text) ? null : NameKey.Of(text);

    /// <summary>An employee creates a lead; the vendor holds it (Direct) until it is passed to a partner.</summary>
    public static Lead Create(LeadDetails details, string currency, LeadActor actor)
    {
        var lead = New(details, currency, actor);
        lead.Record(actor, "Created", null);
        return lead;
    }

    /// <summary>W4: a partner registers its own lead: holder = its account and owner = the user, given by the scope.</summary>
    public static Lead RegisterByPartner(LeadDetails details, Guid partnerAccountId, Guid ownerId, string currency, LeadActor actor)
    {
        var lead = New(details, currency, actor);
        lead.SalesChannel = SalesChannel.PartnerSale;
        lead.AccountId = partnerAccountId;
        lead.OwnerId = ownerId;
        lead.Record(actor, "Registered by the partner", null);
        return lead;
    }

    /// <summary>
    /// A partner's lead from before the portal (the demo's history, a data migration): held by the partner (Partner sale)
    /// and counted by its tier metrics, without an owner until a user of the partner takes it (the one exception to
    /// invariant 13, as no portal user exists yet).
    /// </summary>
    public static Lead ImportForPartner(LeadDetails details, Guid partnerAccountId, string currency, LeadActor actor)
    {
        var lead = New(details, currency, actor);
        lead.SalesChannel = SalesChannel.PartnerSale;
        lead.AccountId = partnerAccountId;
        lead.Record(actor, "Imported as the partner's lead", null);
        return lead;
    }

    /// <summary>
    /// Offers the lead to a partner until <paramref name="deadline"/> (W5). Only a lead the vendor holds, not closed and
    /// without an open offer, can be offered; never to a partner who declined it or let an offer expire.
    /// </summary>
    public LeadOffer Offer(Guid partnerAccountId, Guid? ownerId, DateTime deadline, LeadActor actor, string? note = null)
    {
        if (IsClosed || AccountId is not null || OpenOffer is not null)
        {
            throw new DomainRuleException(
                ProblemCodes.LeadOfferInvalid, "Only a lead the vendor holds, still open and without an open offer, can be offered.", isConflict: true);
        }

        if (_offers.Any(o => o.AccountId == partnerAccountId && o.State is LeadOfferState.Declined or LeadOfferState.Expired))
        {
            throw new DomainRuleException(ProblemCodes.LeadPartnerExcluded, "This partner declined the lead or let its offer expire; it is not offered again.");
        }

        var offer = new LeadOffer(Id, partnerAccountId, ownerId, actor.At, deadline);
        _offers.Add(offer);
        Record(actor, "Offered to a partner", note, offer.Id);
        Raise(new LeadOffered(Id, offer.Id, partnerAccountId, deadline, Customer));
        return offer;
    }

    /// <summary>The partner accepts: it becomes the holder (Partner sale) and the owner is the offered one or the user accepting.</summary>
    public void Accept(Guid offerId, Guid portalUserId, LeadActor actor)
    {
        var offer = Open(offerId);
        offer.End(LeadOfferState.Accepted, null, actor.At);
        SalesChannel = SalesChannel.PartnerSale;
        AccountId = offer.AccountId;
        OwnerId = offer.OwnerId ?? portalUserId;
        Record(actor, "Offer accepted", null, offer.Id);
        RaiseDecided(offer);
    }

    /// <summary>The partner declines with a reason; the caller re-offers the lead to the next eligible partner.</summary>
    public void Decline(Guid offerId, string reason, LeadActor actor)
    {
        var offer = Open(offerId);
        offer.End(LeadOfferState.Declined, Guard.Required(reason, "Reason", ReasonMaxLength), actor.At);
        Record(actor, "Offer declined", offer.Reason, offer.Id);
        RaiseDecided(offer);
    }

    /// <summary>The deadline passed without an answer; the caller re-offers the lead.</summary>
    public void Expire(Guid offerId, LeadActor actor)
    {
        var offer = Open(offerId);
        if (offer.Deadline > actor.At)
        {
            throw new DomainRuleException(ProblemCodes.LeadOfferInvalid, "The offer's deadline has not passed.", isConflict: true);
        }

        offer.End(LeadOfferState.Expired, null, actor.At);
        Record(actor, "Offer expired", null, offer.Id);
        RaiseDecided(offer);
    }

    /// <summary>Reminds the partner of its unanswered offer, once; the deadline does not move.</summary>
    public void Remind(Guid offerId, LeadActor actor)
    {
        var offer = Open(offerId);
        if (offer.RemindedAt is not null || offer.Deadline <= actor.At)
        {
            throw new DomainRuleException(ProblemCodes.LeadOfferInvalid, "The offer was already reminded of, or its deadline passed.", isConflict: true);
        }

        offer.MarkReminded(actor.At);
        Record(actor, "Reminder sent", null, offer.Id);
        Raise(new LeadOfferReminded(Id, offer.Id, offer.AccountId, offer.Deadline, Customer));
    }

    /// <summary>An employee takes an open offer back; the vendor holds the lead again (no automatic re-offer).</summary>
    public void Withdraw(Guid offerId, string? reason, LeadActor actor)
    {
        var offer = Open(offerId);
        offer.End(LeadOfferState.Withdrawn, Guard.Optional(reason, "Reason", ReasonMaxLength), actor.At);
        Record(actor, "Offer withdrawn", offer.Reason, offer.Id);
    }

    /// <summary>The holder works the lead: New → Working → Qualified / Disqualified (reason required); New → Disqualified.</summary>
    public void ChangeStatus(LeadStatus to, string? reason, LeadActor actor)
    {
        var allowed = (Status, to) switch
        {
            (LeadStatus.New, LeadStatus.Working) => true,
            (LeadStatus.New, LeadStatus.Disqualified) => true,
            (LeadStatus.Working, LeadStatus.Qualified) => true,
            (LeadStatus.Working, LeadStatus.Disqualified) => true,
            _ => false,
        };
        if (!allowed || !Enum.IsDefined(to))
        {
            throw new DomainRuleException(ProblemCodes.LeadStatusInvalid, $"A lead that is {Status} cannot become {to}.");
        }

        if (to == LeadStatus.Disqualified)
        {
            DisqualifyReason = Guard.Required(reason, "Reason", ReasonMaxLength);
        }

        var from = Status;
        Status = to;
        Record(actor, $"Status {from} → {to}", to == LeadStatus.Disqualified ? DisqualifyReason : null);
    }

    /// <summary>Qualification converted the lead into an opportunity stub.</summary>
    public void LinkOpportunity(Guid opportunityId)
    {
        if (Status != LeadStatus.Qualified)
        {
            throw new DomainRuleException(ProblemCodes.LeadStatusInvalid, "Only a qualified lead converts into an opportunity.");
        }

        OpportunityId = opportunityId;
    }

    /// <summary>Its opportunity was deleted: the lead no longer links to it (it stays qualified).</summary>
    public void UnlinkOpportunity(Guid opportunityId)
    {
        if (OpportunityId == opportunityId)
        {
            OpportunityId = null;
            Version = Guid.NewGuid();
        }
    }

    private static Lead New(LeadDetails details, string currency, LeadActor actor)
    {
        if (details.BudgetMinor is < 0 or > MaxBudgetMinor)
        {
            throw new DomainRuleException(ProblemCodes.LeadBudgetInvalid, "The budget must be between 0 and 10,000,000,000.00.");
        }

        var lead = new Lead
        {
            Id = Guid.CreateVersion7(),
            CustomerAccountId = details.CustomerAccountId,
            ContactId = details.ContactId,
            CompanyName = Guard.Optional(details.CompanyName, "Company", TextMaxLength),
            ContactName = Guard.Optional(details.ContactName, "Contact name", TextMaxLength),
            ContactEmail = Guard.Optional(details.ContactEmail, "Contact e-mail", TextMaxLength)?.ToLowerInvariant(),
            Need = Guard.Required(details.Need, "Need", NeedMaxLength),
            BudgetMinor = details.BudgetMinor,
            Currency = Guard.Required(currency, "Currency", 3).ToUpperInvariant(),
            Source = Guard.Optional(details.Source, "Source", ShortTextMaxLength),
            Region = Guard.Optional(details.Region, "Region", ShortTextMaxLength),
            SourceKey = KeyOf(details.Source),
            RegionKey = KeyOf(details.Region),
            Status = LeadStatus.New,
            SalesChannel = SalesChannel.Direct,
            CreatedById = actor.Id,
            CreatedByPartner = actor.IsPartner,
            CreatedAt = actor.At,
        };
        if (lead.CustomerAccountId is null && lead.ContactId is null && lead.CompanyName is null && lead.ContactName is null && lead.ContactEmail is null)
        {
            throw new DomainRuleException(ProblemCodes.LeadCustomerRequired, "Name the customer: an account, a contact, or a company or contact name.");
        }

        return lead;
    }

    private LeadOffer Open(Guid offerId) =>
        _offers.FirstOrDefault(o => o.Id == offerId && o.State == LeadOfferState.Open)
        ?? throw new DomainRuleException(ProblemCodes.LeadOfferInvalid, "The offer is no longer open.", isConflict: true);

    private void RaiseDecided(LeadOffer offer) =>
        Raise(new LeadOfferDecided(Id, offer.Id, offer.AccountId, offer.State, offer.Reason, CreatedById, CreatedByPartner, Customer));

    private void Record(LeadActor actor, string what, string? note, Guid? offerId = null)
    {
        _history.Add(new LeadEvent(Id, actor, Status, what, note, offerId));
        UpdatedAt = actor.At;
        Version = Guid.NewGuid();
        if (AccountId is { } partner)
        {
            Raise(new TierInputChanged(partner, "Lead saved"));
        }
    }
}

/// <summary>One change of a lead as people read it: appended, never changed.</summary>
public sealed class LeadEvent
{
    private LeadEvent()
    {
        What = string.Empty;
    }

    internal LeadEvent(Guid leadId, LeadActor actor, LeadStatus status, string what, string? note, Guid? offerId)
    {
        Id = Guid.CreateVersion7();
        LeadId = leadId;
        At = actor.At;
        By = actor.Name;
        ByPartner = actor.IsPartner;
        Status = status;
        What = what;
        Note = note;
        OfferId = offerId;
    }

    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    public DateTime At { get; private set; }

    public string? By { get; private set; }

    public bool ByPartner { get; private set; }

    public LeadStatus Status { get; private set; }

    public string What { get; private set; }

    public string? Note { get; private set; }

    public Guid? OfferId { get; private set; }
}
