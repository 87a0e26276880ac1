using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Domain.MarketingActivities;

public enum MarketingActivityType
{
    PartnerActivity,
    DirectActivity,
}

/// <summary>W8: Draft → OnApproval → Approved / Rejected; Approved → Completed / Cancelled (D7). Draft and OnApproval may also be cancelled.</summary>
public enum MarketingActivityStatus
{
    Draft,
    OnApproval,
    Approved,
    Rejected,
    Completed,
    Cancelled,
}

/// <summary>Who changed an activity, and when: a partner's portal user or an employee (the other side is told, D12).</summary>
public readonly record struct ActivityActor(string? Name, bool IsPartner, DateTime At);

/// <summary>What a partner proposes and may change while the activity is a draft.</summary>
public readonly record struct MarketingActivityDetails(
    string Name, MarketingActivityType Type, DateOnly StartDate, DateOnly DueDate, string? Description, string? Url, long ProposedBudget, Guid? FundId);

/// <summary>An activity's status changed; the other side gets an e-mail through the outbox (D12).</summary>
public sealed record MarketingActivityStatusChanged(
    Guid ActivityId, Guid AccountId, string Name, MarketingActivityStatus From, MarketingActivityStatus To, Guid ProposedBy, bool ByPartner,
    string? By, string? Note) : IDomainEvent;

/// <summary>
/// A marketing activity (campaign team-up) a partner proposes and an employee approves, rejects, completes or cancels
/// (W8). The status moves only along <see cref="MarketingActivityStatus"/>'s transitions, checked here; every change
/// appends to <see cref="History"/>. Money moves in the ledger (D7), not here: the activity keeps the budgets.
/// </summary>
public sealed class MarketingActivity : AggregateRoot
{
    public const int NameMaxLength = 250;
    public const int DescriptionMaxLength = 4000;
    public const int UrlMaxLength = 500;
    public const int NoteMaxLength = 1000;

    /// <summary>The largest budget: 10,000,000,000.00 in minor units (as a fund entry's limit).</summary>
    public const long MaxBudgetMinor = 1_000_000_000_000;

    private readonly List<MarketingActivityEvent> _history = [];

    private MarketingActivity()
    {
        Name = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The partner account, copied so partner isolation is a plain column filter (ADR-004).</summary>
    public Guid AccountId { get; private set; }

    /// <summary>The partner's active partnership when the activity was proposed.</summary>
    public Guid PartnershipId { get; private set; }

    public string Name { get; private set; }

    public MarketingActivityType Type { get; private set; }

    public MarketingActivityStatus Status { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public string? Description { get; private set; }

    public string? Url { get; private set; }

    /// <summary>Minor units (ADR-007), as proposed by the partner.</summary>
    public long ProposedBudget { get; private set; }

    /// <summary>Minor units, set on approval: the amount debited from the fund.</summary>
    public long? ApprovedBudget { get; private set; }

    /// <summary>Minor units, set on completion: the approved budget is adjusted to it.</summary>
    public long? SpentBudget { get; private set; }

    /// <summary>The installation's currency when proposed (D5).</summary>
    public string Currency { get; private set; }

    /// <summary>Proposed by the partner, set by the employee on approval: the fund the budget is taken from.</summary>
    public Guid? FundId { get; private set; }

    /// <summary>A portal user of the partner's organization, set by the employee.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>The portal user who proposed the activity.</summary>
    public Guid ProposedBy { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    /// <summary>When the activity was approved: the tier engine counts approved activities by it (D3).</summary>
    public DateTime? ApprovedAt { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>Changes with every change, so two concurrent decisions cannot both be saved (the second gets 409).</summary>
    public Guid Version { get; private set; }

    /// <summary>Entries added by this unit of work; handlers never load past ones (the history is append-only).</summary>
    public IReadOnlyList<MarketingActivityEvent> History => _history;

    /// <summary>Whether the approved activity holds money of a fund (approved with a fund and a budget above zero).</summary>
    public bool IsFunded => FundId is not null && ApprovedBudget > 0;

    public static MarketingActivity Propose(
        Guid accountId, Guid partnershipId, Guid proposedBy, MarketingActivityDetails details, string currency, ActivityActor actor)
    {
        var activity = new MarketingActivity
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            PartnershipId = partnershipId,
            ProposedBy = proposedBy,
            Status = MarketingActivityStatus.Draft,
            Currency = Guard.Required(currency, "Currency", 3).ToUpperInvariant(),
            CreatedAt = actor.At,
        };
        activity.Apply(details);
        activity.Record(MarketingActivityStatus.Draft, MarketingActivityStatus.Draft, actor, "Proposed");
        return activity;
    }

    /// <summary>The partner changes the proposal; only while it is a draft.</summary>
    public void Update(MarketingActivityDetails details, ActivityActor actor)
    {
        Require("changed", MarketingActivityStatus.Draft);
        Apply(details);
        Record(Status, Status, actor, "Details changed");
    }

    /// <summary>The partner sends the draft for approval.</summary>
    public void Submit(ActivityActor actor)
    {
        Require("submitted", MarketingActivityStatus.Draft);
        SubmittedAt = actor.At;
        Move(MarketingActivityStatus.OnApproval, actor, null);
    }

    /// <summary>A draft may be deleted (by the partner); anything submitted stays for the record.</summary>
    public void EnsureDeletable() => Require("deleted", MarketingActivityStatus.Draft);

    /// <summary>
    /// The employee approves with the owner, the approved budget and the fund (W8 step 3). The caller debits the
    /// budget from the fund in the same transaction (D7); a refused debit rolls this back.
    /// </summary>
    public void Approve(Guid? ownerId, long approvedBudget, Guid? fundId, ActivityActor actor)
    {
        Require("approved", MarketingActivityStatus.OnApproval);
        ApprovedBudget = CheckBudget(approvedBudget, "Approved budget");
        OwnerId = ownerId;
        FundId = fundId;
        ApprovedAt = actor.At;
        Move(MarketingActivityStatus.Approved, actor, null);
    }

    public void Reject(string reason, ActivityActor actor)
    {
        Require("rejected", MarketingActivityStatus.OnApproval);
        RejectionReason = Guard.Required(reason, "Reason", NoteMaxLength);
        ClosedAt = actor.At;
        Move(MarketingActivityStatus.Rejected, actor, RejectionReason);
    }

    /// <summary>
    /// The employee completes an approved activity with what was spent; returns the difference to post
    /// (positive: unspent budget to credit back; negative: extra to debit; D7).
    /// </summary>
    public long Complete(long spentBudget, ActivityActor actor)
    {
        Require("completed", MarketingActivityStatus.Approved);
        SpentBudget = CheckBudget(spentBudget, "Spent budget");
        ClosedAt = actor.At;
        Move(MarketingActivityStatus.Completed, actor, null);
        return ApprovedBudget!.Value - spentBudget;
    }

    /// <summary>
    /// Cancels the activity. The partner cancels their own draft or proposal; an employee cancels a proposal or an
    /// approved activity (whose fund entries the caller reverses, D7).
    /// </summary>
    public void Cancel(string? reason, ActivityActor actor)
    {
        if (actor.IsPartner)
        {
            Require("cancelled", MarketingActivityStatus.Draft, MarketingActivityStatus.OnApproval);
        }
        else
        {
            Require("cancelled", MarketingActivityStatus.OnApproval, MarketingActivityStatus.Approved);
        }

        ClosedAt = actor.At;
        Move(MarketingActivityStatus.Cancelled, actor, Guard.Optional(reason, "Reason", NoteMaxLength));
    }

    private void Apply(MarketingActivityDetails details)
    {
        if (details.DueDate < details.StartDate)
        {
            throw new DomainRuleException(ProblemCodes.PeriodInvalid, "The due date must not be before the start date.");
        }

        if (!Enum.IsDefined(details.Type))
        {
            throw new DomainRuleException(ProblemCodes.ValueTypeUnknown, "Unknown activity type.");
        }

        Name = Guard.Required(details.Name, "Name", NameMaxLength);
        Type = details.Type;
        StartDate = details.StartDate;
        DueDate = details.DueDate;
        Description = Guard.Optional(details.Description, "Description", DescriptionMaxLength);
        Url = Guard.Optional(details.Url, "URL", UrlMaxLength);
        ProposedBudget = CheckBudget(details.ProposedBudget, "Proposed budget");
        FundId = details.FundId;
    }

    private static long CheckBudget(long minor, string field) =>
        minor is < 0 or > MaxBudgetMinor
            ? throw new DomainRuleException(ProblemCodes.ActivityBudgetInvalid, $"{field} must be between 0 and 10,000,000,000.00.")
            : minor;

    private void Require(string action, params MarketingActivityStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleException(
                ProblemCodes.ActivityStatusInvalid,
                $"An activity that is {Describe(Status)} cannot be {action} (only when {string.Join(" or ", allowed.Select(Describe))}).");
        }
    }

    private void Move(MarketingActivityStatus to, ActivityActor actor, string? note)
    {
        var from = Status;
        Status = to;
        Record(from, to, actor, note);
        Raise(new MarketingActivityStatusChanged(Id, AccountId, Name, from, to, ProposedBy, actor.IsPartner, actor.Name, note));
        if (Counts(from) != Counts(to))
        {
            Raise(new TierInputChanged(AccountId, Counts(to) ? "Marketing activity approved" : "Approved marketing activity withdrawn"));
        }
    }

    private void Record(MarketingActivityStatus from, MarketingActivityStatus to, ActivityActor actor, string? note)
    {
        _history.Add(new MarketingActivityEvent(Id, actor, from, to, note));
        Version = Guid.NewGuid();
    }

    /// <summary>D3: approved and completed activities count to the "Marketing activities" obligation.</summary>
    public static bool Counts(MarketingActivityStatus status) => status is MarketingActivityStatus.Approved or MarketingActivityStatus.Completed;

    /// <summary>"on approval", "a draft" … as sentences read.</summary>
    public static string Describe(MarketingActivityStatus status) => status switch
    {
        MarketingActivityStatus.Draft => "a draft",
        MarketingActivityStatus.OnApproval => "on approval",
        _ => status.ToString().ToLowerInvariant(),
    };
}

/// <summary>One change of an activity as people read it: appended, never changed.</summary>
public sealed class MarketingActivityEvent
{
    private MarketingActivityEvent()
    {
    }

    internal MarketingActivityEvent(Guid activityId, ActivityActor actor, MarketingActivityStatus from, MarketingActivityStatus to, string? note)
    {
        Id = Guid.CreateVersion7();
        ActivityId = activityId;
        At = actor.At;
        By = actor.Name;
        ByPartner = actor.IsPartner;
        FromStatus = from;
        ToStatus = to;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid ActivityId { get; private set; }

    public DateTime At { get; private set; }

    public MarketingActivityStatus FromStatus { get; private set; }

    public MarketingActivityStatus ToStatus { get; private set; }

    /// <summary>The display name of who acted.</summary>
    public string? By { get; private set; }

    /// <summary>Whether a partner's portal user acted (else an employee, whose name partners do not see).</summary>
    public bool ByPartner { get; private set; }

    public string? Note { get; private set; }
}
