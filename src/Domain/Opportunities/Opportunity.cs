using System.Globalization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Domain.DealRegistrations;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Domain.Opportunities;

/// <summary>
/// W6: the open stages in their usual order, then the two closed ones. Any open stage may move to any other stage;
/// Closed won and Closed lost are terminal except for an employee's explicit <see cref="Opportunity.Reopen"/>.
/// </summary>
public enum OpportunityStage
{
    Qualification,
    NeedsAnalysis,
    Proposal,
    Negotiation,
    ClosedWon,
    ClosedLost,
}

/// <summary>Who changed an opportunity, and when: an employee, a partner's portal user, or the system.</summary>
public readonly record struct OpportunityActor(Guid? Id, string? Name, bool IsPartner, DateTime At);

/// <summary>What describes an opportunity: its name, the customer (account and/or free text), amount, close date, next step, notes.</summary>
public readonly record struct OpportunityDetails(
    string Name, Guid? CustomerAccountId, string Customer, long AmountMinor, DateOnly? ExpectedCloseDate, string? NextStep, string? Notes);

/// <summary>
/// An opportunity (W6): a sale the vendor or a partner works through its stages to Closed won or Closed lost. A partner
/// opportunity carries the partner (<see cref="AccountId"/>, the isolation column, ADR-004) and, by invariant 13, an
/// owner: one of the partner's portal users (<see cref="OwnerId"/>) or an employee (<see cref="EmployeeOwnerId"/>).
/// Created by an employee, by converting a qualified lead, or by approving a deal registration. D19: when a partner
/// opportunity is won, the marketing-fund % of the partner's active partnership at that moment is fixed on it
/// (<see cref="FundPercent"/>, <see cref="FundPartnershipId"/>); its fund credit is that % of the amount, to the cent.
/// Every change appends to <see cref="History"/>.
/// </summary>
public sealed class Opportunity : AggregateRoot
{
    public const int NameMaxLength = 250;
    public const int TextMaxLength = 1000;
    public const int NotesMaxLength = 4000;
    public const int ReasonMaxLength = 1000;

    /// <summary>The largest amount: 10,000,000,000.00 in minor units (ADR-007), as a lead's budget.</summary>
    public const long MaxAmountMinor = Lead.MaxBudgetMinor;

    private readonly List<OpportunityEvent> _history = [];

    private Opportunity()
    {
        Name = string.Empty;
        Customer = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public OpportunityStage Stage { get; private set; }

    /// <summary>The partner (null: the vendor's own opportunity), for the isolation filter (ADR-004).</summary>
    public Guid? AccountId { get; private set; }

    /// <summary>The partner's portal user who owns the opportunity (invariant 13).</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>The employee who owns the opportunity (the vendor's own, or a partner's owned by "our company").</summary>
    public Guid? EmployeeOwnerId { get; private set; }

    /// <summary>A customer account of the CRM, if the opportunity refers to one (ADR-008).</summary>
    public Guid? CustomerAccountId { get; private set; }

    /// <summary>The customer as people read it (the account's name, or free text).</summary>
    public string Customer { get; private set; }

    /// <summary>Minor units (ADR-007) of <see cref="Currency"/>.</summary>
    public long AmountMinor { get; private set; }

    public string Currency { get; private set; }

    public DateOnly? ExpectedCloseDate { get; private set; }

    public string? NextStep { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>The qualified lead it was converted from.</summary>
    public Guid? LeadId { get; private set; }

    /// <summary>The approved deal registration it was created from.</summary>
    public Guid? DealRegistrationId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>When it reached Closed won or Closed lost (null while open).</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>D19: the partnership whose marketing fund the win credits (its partner's active one at the moment of winning).</summary>
    public Guid? FundPartnershipId { get; private set; }

    /// <summary>D19: that partnership's marketing-fund % at the moment of winning; later level changes do not rewrite it.</summary>
    public decimal? FundPercent { get; private set; }

    /// <summary>Changes with every change, so two concurrent changes cannot both be saved (the second gets 409).</summary>
    public Guid Version { get; private set; }

    /// <summary>Entries added by this unit of work; handlers never load past ones.</summary>
    public IReadOnlyList<OpportunityEvent> History => _history;

    /// <summary>
    /// Set when the opportunity became won, or its partner changed while won, in this unit of work: the caller fixes the
    /// fund basis (<see cref="FixFundBasis"/>) from the partner's active partnership now. Not stored.
    /// </summary>
    public bool FundBasisDue { get; private set; }

    public bool IsClosed => Stage is OpportunityStage.ClosedWon or OpportunityStage.ClosedLost;

    /// <summary>D19: the credit the win earns: <see cref="FundPercent"/> of the amount, to the cent (0 without a basis or while not won).</summary>
    public long FundCreditMinor => Stage == OpportunityStage.ClosedWon && FundPartnershipId is not null && FundPercent is { } percent
        ? FundCredit(AmountMinor, percent)
        : 0;

    /// <summary>D19: <paramref name="percent"/> % of <paramref name="amountMinor"/>, rounded to the cent half away from zero (never negative).</summary>
    public static long FundCredit(long amountMinor, decimal percent) =>
        percent <= 0 ? 0 : (long)Math.Round(amountMinor * percent / 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>An employee creates an opportunity: the vendor's own (no partner) or a partner's (then an owner is required).</summary>
    public static Opportunity Create(
        OpportunityDetails details, string currency, Guid? partnerAccountId, Guid? ownerId, Guid? employeeOwnerId, OpportunityActor actor)
    {
        var opportunity = New(details, currency, partnerAccountId, ownerId, employeeOwnerId, actor);
        opportunity.Record(actor, "Created", null);
        return opportunity;
    }

    /// <summary>W4 step 5: a qualified lead converts into an opportunity named after its customer, for its budget, held by the lead's partner.</summary>
    public static Opportunity FromLead(Lead lead, OpportunityActor actor)
    {
        if (lead.Status != LeadStatus.Qualified)
        {
            throw new DomainRuleException(ProblemCodes.LeadStatusInvalid, "Only a qualified lead converts into an opportunity.");
        }

        var customer = Clip(lead.Customer, NameMaxLength);
        var employeeOwner = lead.AccountId is null && !actor.IsPartner ? actor.Id : null;
        var opportunity = New(
            new OpportunityDetails(customer, lead.CustomerAccountId, customer, lead.BudgetMinor, null, null, null),
            lead.Currency, lead.AccountId, lead.AccountId is null ? null : lead.OwnerId, employeeOwner, actor, ownerRequired: false);
        opportunity.LeadId = lead.Id;
        opportunity.Record(actor, "Converted from a qualified lead", null);
        return opportunity;
    }

    /// <summary>D9: an approved registration becomes the partner's opportunity for that customer, owned by the registering user.</summary>
    public static Opportunity FromRegistration(DealRegistration registration, OpportunityActor actor)
    {
        if (registration.Status != DealRegistrationStatus.Approved)
        {
            throw new DomainRuleException(ProblemCodes.DealRegistrationStatusInvalid, "Only an approved registration becomes an opportunity.", isConflict: true);
        }

        var name = Clip(registration.CompanyName, NameMaxLength);
        var opportunity = New(
            new OpportunityDetails(name, null, name, registration.EstimatedAmountMinor, registration.ExpectedCloseDate, null, null),
            registration.Currency, registration.AccountId, registration.RegisteredById, null, actor);
        opportunity.DealRegistrationId = registration.Id;
        opportunity.Record(actor, "Created from an approved deal registration", null);
        return opportunity;
    }

    /// <summary>
    /// Changes the describing fields (also of a closed opportunity: a won one's amount recalculates its fund credit);
    /// each change is recorded. False when nothing changed. A partner cannot change a closed opportunity's amount
    /// (422 <c>opportunity_closed</c>): on a won deal that would move money into its own fund; an employee can.
    /// </summary>
    public bool Update(OpportunityDetails details, OpportunityActor actor)
    {
        var next = Checked(details);
        if (IsClosed && actor.IsPartner && next.AmountMinor != AmountMinor)
        {
            throw new DomainRuleException(
                ProblemCodes.OpportunityClosed, $"The opportunity is {Label(Stage)}; its amount is changed by your partner manager.");
        }

        var changes = new List<string>();
        if (next.Name != Name)
        {
            changes.Add($"Name \"{Name}\" → \"{next.Name}\"");
        }

        if (next.Customer != Customer || next.CustomerAccountId != CustomerAccountId)
        {
            changes.Add($"Customer \"{Customer}\" → \"{next.Customer}\"");
        }

        if (next.AmountMinor != AmountMinor)
        {
            changes.Add($"Amount {FormatMoney(AmountMinor)} → {FormatMoney(next.AmountMinor)}");
        }

        if (next.ExpectedCloseDate != ExpectedCloseDate)
        {
            changes.Add($"Close date {Date(ExpectedCloseDate)} → {Date(next.ExpectedCloseDate)}");
        }

        if (next.NextStep != NextStep)
        {
            changes.Add("Next step changed");
        }

        if (next.Notes != Notes)
        {
            changes.Add("Notes changed");
        }

        if (changes.Count == 0)
        {
            return false;
        }

        Name = next.Name;
        Customer = next.Customer;
        CustomerAccountId = next.CustomerAccountId;
        AmountMinor = next.AmountMinor;
        ExpectedCloseDate = next.ExpectedCloseDate;
        NextStep = next.NextStep;
        Notes = next.Notes;
        Record(actor, string.Join("; ", changes), null);
        return true;
    }

    /// <summary>
    /// Moves to another stage: any open stage to any other; a closed opportunity only by <see cref="Reopen"/> (422
    /// <c>opportunity_closed</c>). The same stage again changes nothing (false), so "won" saved twice is won once.
    /// </summary>
    public bool ChangeStage(OpportunityStage to, OpportunityActor actor)
    {
        if (!Enum.IsDefined(to))
        {
            throw new DomainRuleException(ProblemCodes.OpportunityStageInvalid, $"{to} is not a stage.");
        }

        if (to == Stage)
        {
            return false;
        }

        if (IsClosed)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityClosed, $"The opportunity is {Label(Stage)}; an employee reopens it to change its stage.");
        }

        var from = Stage;
        Stage = to;
        if (IsClosed)
        {
            ClosedAt = actor.At;
        }

        if (to == OpportunityStage.ClosedWon)
        {
            FundBasisDue = true;
        }

        Record(actor, $"Stage {Label(from)} → {Label(to)}", null);
        return true;
    }

    /// <summary>An employee reopens a closed opportunity into an open stage, with a reason; a won one's fund basis is dropped (its credit is reversed).</summary>
    public void Reopen(OpportunityStage to, string reason, OpportunityActor actor)
    {
        if (!IsClosed)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityNotClosed, "Only a closed opportunity can be reopened.", isConflict: true);
        }

        if (!Enum.IsDefined(to) || to is OpportunityStage.ClosedWon or OpportunityStage.ClosedLost)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityStageInvalid, "An opportunity reopens into an open stage.");
        }

        var note = Guard.Required(reason, "Reason", ReasonMaxLength);
        var from = Stage;
        Stage = to;
        ClosedAt = null;
        FundPartnershipId = null;
        FundPercent = null;
        FundBasisDue = false;
        Record(actor, $"Reopened: {Label(from)} → {Label(to)}", note);
    }

    /// <summary>
    /// An employee moves the opportunity to another partner (or to the vendor: null) with its owner (invariant 13). A won
    /// one's fund basis is fixed again from the new partner's partnership (its credit moves with it).
    /// </summary>
    public bool ChangePartner(Guid? partnerAccountId, Guid? ownerId, Guid? employeeOwnerId, OpportunityActor actor)
    {
        EnsureOwner(partnerAccountId, ownerId, employeeOwnerId);
        if (partnerAccountId == AccountId && ownerId == OwnerId && employeeOwnerId == EmployeeOwnerId)
        {
            return false;
        }

        var partnerChanged = partnerAccountId != AccountId;
        if (partnerChanged && AccountId is { } previous)
        {
            Raise(new TierInputChanged(previous, "Opportunity moved to another partner"));
        }

        AccountId = partnerAccountId;
        OwnerId = ownerId;
        EmployeeOwnerId = employeeOwnerId;
        if (partnerChanged && Stage == OpportunityStage.ClosedWon)
        {
            FundPartnershipId = null;
            FundPercent = null;
            FundBasisDue = partnerAccountId is not null;
        }

        Record(actor, partnerChanged ? "Partner changed" : "Owner changed", null);
        return true;
    }

    /// <summary>
    /// D19: fixes the partnership credited by the win and its marketing-fund % at this moment (null: no active
    /// partnership or no % — the win credits nothing, now or after later changes). Only while the basis is due.
    /// </summary>
    public void FixFundBasis(Guid? partnershipId, decimal? percent)
    {
        if (!FundBasisDue || Stage != OpportunityStage.ClosedWon)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityStageInvalid, "The fund basis is fixed only at the moment of winning.");
        }

        FundPartnershipId = partnershipId is not null && percent > 0 ? partnershipId : null;
        FundPercent = FundPartnershipId is null ? null : percent;
        FundBasisDue = false;
    }

    /// <summary>"Closed won", "Needs analysis".</summary>
    public static string Label(OpportunityStage stage) => stage switch
    {
        OpportunityStage.NeedsAnalysis => "Needs analysis",
        OpportunityStage.ClosedWon => "Closed won",
        OpportunityStage.ClosedLost => "Closed lost",
        _ => stage.ToString(),
    };

    /// <summary>"1,234.50 EUR"-style amounts for history and fund entries.</summary>
    public string FormatMoney(long minor) => $"{(minor / 100m).ToString("N2", CultureInfo.InvariantCulture)} {Currency}";

    private static Opportunity New(
        OpportunityDetails details, string currency, Guid? partnerAccountId, Guid? ownerId, Guid? employeeOwnerId, OpportunityActor actor,
        bool ownerRequired = true)
    {
        if (ownerRequired)
        {
            EnsureOwner(partnerAccountId, ownerId, employeeOwnerId);
        }

        var next = Checked(details);
        return new Opportunity
        {
            Id = Guid.CreateVersion7(),
            Name = next.Name,
            Stage = OpportunityStage.Qualification,
            AccountId = partnerAccountId,
            OwnerId = ownerId,
            EmployeeOwnerId = employeeOwnerId,
            CustomerAccountId = next.CustomerAccountId,
            Customer = next.Customer,
            AmountMinor = next.AmountMinor,
            Currency = Guard.Required(currency, "Currency", 3).ToUpperInvariant(),
            ExpectedCloseDate = next.ExpectedCloseDate,
            NextStep = next.NextStep,
            Notes = next.Notes,
            CreatedAt = actor.At,
        };
    }

    private static OpportunityDetails Checked(OpportunityDetails details)
    {
        if (details.AmountMinor is < 0 or > MaxAmountMinor)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityAmountInvalid, "The amount must be between 0 and 10,000,000,000.00.");
        }

        return details with
        {
            Name = Guard.Required(details.Name, "Name", NameMaxLength),
            Customer = Guard.Required(details.Customer, "Customer", NameMaxLength),
            NextStep = Guard.Optional(details.NextStep, "Next step", TextMaxLength),
            Notes = Guard.Optional(details.Notes, "Notes", NotesMaxLength),
        };
    }

    // Invariant 13: a partner opportunity has an owner, a portal user of the partner or an employee (not both).
    private static void EnsureOwner(Guid? partnerAccountId, Guid? ownerId, Guid? employeeOwnerId)
    {
        if (ownerId is not null && employeeOwnerId is not null)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityOwnerInvalid, "An opportunity has one owner: a partner's user or an employee.");
        }

        if (partnerAccountId is not null && ownerId is null && employeeOwnerId is null)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityOwnerInvalid, "A partner's opportunity needs an owner (a user of the partner or an employee).");
        }

        if (partnerAccountId is null && ownerId is not null)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityOwnerInvalid, "Only a partner's opportunity is owned by a partner's user.");
        }
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private void Record(OpportunityActor actor, string what, string? note)
    {
        _history.Add(new OpportunityEvent(Id, AccountId, actor, Stage, Clip(what, OpportunityEvent.WhatMaxLength), note is null ? null : Clip(note, ReasonMaxLength)));
        UpdatedAt = actor.At;
        Version = Guid.NewGuid();
        if (AccountId is { } partner)
        {
            Raise(new TierInputChanged(partner, Stage == OpportunityStage.ClosedWon ? "Opportunity won or changed" : "Opportunity changed"));
        }
    }
}

/// <summary>One change of an opportunity as people read it: appended, never changed.</summary>
public sealed class OpportunityEvent
{
    public const int WhatMaxLength = 1000;

    private OpportunityEvent()
    {
        What = string.Empty;
    }

    internal OpportunityEvent(Guid opportunityId, Guid? accountId, OpportunityActor actor, OpportunityStage stage, string what, string? note)
    {
        Id = Guid.CreateVersion7();
        OpportunityId = opportunityId;
        AccountId = accountId;
        At = actor.At;
        By = actor.Name;
        ByPartner = actor.IsPartner;
        Stage = stage;
        What = what;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid OpportunityId { get; private set; }

    /// <summary>The opportunity's partner at the time, copied for the isolation filter (a new partner does not read the old one's entries).</summary>
    public Guid? AccountId { get; private set; }

    public DateTime At { get; private set; }

    public string? By { get; private set; }

    public bool ByPartner { get; private set; }

    public OpportunityStage Stage { get; private set; }

    public string What { get; private set; }

    public string? Note { get; private set; }
}
