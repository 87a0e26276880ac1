using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.DealRegistrations;

/// <summary>D9: Submitted → Approved or Rejected (by a partner manager; rejection with a reason).</summary>
public enum DealRegistrationStatus
{
    Submitted,
    Approved,
    Rejected,
}

/// <summary>Who changed a registration, and when: an employee or a partner's portal user.</summary>
public readonly record struct DealActor(Guid? Id, string? Name, bool IsPartner, DateTime At);

/// <summary>What a partner registers: the customer (name, e-mail domain, tax id), the product interest, amount and close date.</summary>
public readonly record struct DealDetails(
    string CompanyName, string? EmailDomain, string? TaxId, string ProductInterest, long EstimatedAmountMinor, DateOnly ExpectedCloseDate);

/// <summary>A registration was submitted: the partner manager (the partner account's owner) is e-mailed.</summary>
public sealed record DealRegistrationSubmitted(Guid RegistrationId, Guid PartnerAccountId, string CompanyName, bool HasConflict) : IDomainEvent;

/// <summary>A registration (or its extension) was decided: the registering user and the organization admins are e-mailed.</summary>
public sealed record DealRegistrationDecided(
    Guid RegistrationId, Guid PartnerAccountId, Guid RegisteredById, string CompanyName, string What, DateTime? ProtectedUntil, string? Reason) : IDomainEvent;

/// <summary>
/// A deal registration (issue 9, D9): a partner claims a customer deal. The partner (<see cref="AccountId"/>, the
/// isolation column, ADR-004/ADR-008) and the registering portal user come from the scope. An approved registration
/// protects the customer until <see cref="ProtectedUntil"/> (approval + the protection days of the partner's level, a
/// benefit); the protection can be extended once on the partner's request. Conflicts with other partners' leads and
/// registrations found on submission are stored with it for the partner manager.
/// </summary>
public sealed class DealRegistration : AggregateRoot
{
    public const int TextMaxLength = 250;
    public const int ProductInterestMaxLength = 1000;
    public const int ReasonMaxLength = 1000;

    /// <summary>The largest amount: 10,000,000,000.00 in minor units (ADR-007).</summary>
    public const long MaxAmountMinor = 1_000_000_000_000;

    /// <summary>
    /// The submission's note when another partner's record came first: the vendor's only (partners never learn of
    /// conflicts), so the portal's history leaves it out.
    /// </summary>
    public const string ConflictNote = "Conflicts with another partner's earlier record";

    private readonly List<DealRegistrationConflict> _conflicts = [];
    private readonly List<DealRegistrationEvent> _history = [];

    private DealRegistration()
    {
        CompanyName = string.Empty;
        NormalizedName = string.Empty;
        ProductInterest = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The registering partner (from the scope, never the body).</summary>
    public Guid AccountId { get; private set; }

    /// <summary>The portal user who registered the deal.</summary>
    public Guid RegisteredById { get; private set; }

    public string CompanyName { get; private set; }

    /// <summary>The company name as compared for conflicts (<see cref="NameKey"/>).</summary>
    public string NormalizedName { get; private set; }

    /// <summary>The customer's e-mail domain (<see cref="Accounts.EmailDomain"/>; public providers refused).</summary>
    public string? EmailDomain { get; private set; }

    /// <summary>The customer's tax id in its compared form (<see cref="Accounts.TaxId"/>).</summary>
    public string? TaxId { get; private set; }

    public string ProductInterest { get; private set; }

    /// <summary>Minor units (ADR-007) of <see cref="Currency"/>.</summary>
    public long EstimatedAmountMinor { get; private set; }

    public string Currency { get; private set; }

    public DateOnly ExpectedCloseDate { get; private set; }

    public DealRegistrationStatus Status { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public Guid? DecidedById { get; private set; }

    public string? RejectReason { get; private set; }

    /// <summary>End of the protection of an approved registration (exclusive).</summary>
    public DateTime? ProtectedUntil { get; private set; }

    /// <summary>When the partner asked to extend the protection (pending until an employee approves it).</summary>
    public DateTime? ExtensionRequestedAt { get; private set; }

    /// <summary>The one extension was granted.</summary>
    public bool Extended { get; private set; }

    /// <summary>Another partner's lead or registration with the same key came first: the manager must look (first registered wins).</summary>
    public bool HasConflict { get; private set; }

    /// <summary>At submission the customer was already protected by another partner's approved registration ("already protected").</summary>
    public bool AlreadyProtected { get; private set; }

    /// <summary>Changes with every change, so two concurrent decisions cannot both be saved (the second gets 409).</summary>
    public Guid Version { get; private set; }

    /// <summary>The conflicts found on submission (employees only: the query filter hides them from partners).</summary>
    public IReadOnlyList<DealRegistrationConflict> Conflicts => _conflicts;

    /// <summary>Entries added by this unit of work.</summary>
    public IReadOnlyList<DealRegistrationEvent> History => _history;

    public bool IsProtectedAt(DateTime at) => Status == DealRegistrationStatus.Approved && ProtectedUntil > at;

    /// <summary>A partner user submits a registration; conflicts found by the caller are recorded with it.</summary>
    public static DealRegistration Submit(
        DealDetails details, Guid partnerAccountId, Guid registeredById, string currency, IEnumerable<DealConflictFound> conflicts, DealActor actor)
    {
        if (details.EstimatedAmountMinor is < 0 or > MaxAmountMinor)
        {
            throw new DomainRuleException(ProblemCodes.DealAmountInvalid, "The estimated amount must be between 0 and 10,000,000,000.00.");
        }

        var name = Guard.Required(details.CompanyName, "Company", TextMaxLength);
        var registration = new DealRegistration
        {
            Id = Guid.CreateVersion7(),
            AccountId = partnerAccountId,
            RegisteredById = registeredById,
            CompanyName = name,
            NormalizedName = NameKey.Of(name),
            EmailDomain = Accounts.EmailDomain.Normalize(details.EmailDomain),
            TaxId = Accounts.TaxId.Normalize(details.TaxId),
            ProductInterest = Guard.Required(details.ProductInterest, "Product interest", ProductInterestMaxLength),
            EstimatedAmountMinor = details.EstimatedAmountMinor,
            Currency = Guard.Required(currency, "Currency", 3).ToUpperInvariant(),
            ExpectedCloseDate = details.ExpectedCloseDate,
            Status = DealRegistrationStatus.Submitted,
            SubmittedAt = actor.At,
        };
        foreach (var found in conflicts)
        {
            var conflict = new DealRegistrationConflict(registration.Id, found);
            registration._conflicts.Add(conflict);
            registration.HasConflict |= conflict.OtherFirst;
            registration.AlreadyProtected |= found.OtherProtected && conflict.OtherFirst;
        }

        registration.Record(actor, "Submitted", registration.HasConflict ? ConflictNote : null);
        registration.Raise(new DealRegistrationSubmitted(registration.Id, partnerAccountId, name, registration.HasConflict));
        return registration;
    }

    /// <summary>A partner manager approves: protected for <paramref name="protectionDays"/> days from the approval.</summary>
    public void Approve(int protectionDays, DealActor actor)
    {
        EnsureSubmitted();
        Status = DealRegistrationStatus.Approved;
        DecidedAt = actor.At;
        DecidedById = actor.Id;
        ProtectedUntil = actor.At.AddDays(ProtectionDays(protectionDays));
        Record(actor, "Approved", $"Protected until {ProtectedUntil:yyyy-MM-dd}");
        Raise(new DealRegistrationDecided(Id, AccountId, RegisteredById, CompanyName, "approved", ProtectedUntil, null));
    }

    /// <summary>A partner manager rejects with a reason.</summary>
    public void Reject(string reason, DealActor actor)
    {
        EnsureSubmitted();
        RejectReason = Guard.Required(reason, "Reason", ReasonMaxLength);
        Status = DealRegistrationStatus.Rejected;
        DecidedAt = actor.At;
        DecidedById = actor.Id;
        Record(actor, "Rejected", RejectReason);
        Raise(new DealRegistrationDecided(Id, AccountId, RegisteredById, CompanyName, "rejected", null, RejectReason));
    }

    /// <summary>The partner asks to extend a running protection; only once (422 <c>deal_extension_used</c>).</summary>
    public void RequestExtension(DealActor actor)
    {
        EnsureExtendable(actor.At);
        if (ExtensionRequestedAt is not null)
        {
            throw new DomainRuleException(ProblemCodes.DealExtensionPending, "An extension was already requested; a partner manager decides on it.", isConflict: true);
        }

        ExtensionRequestedAt = actor.At;
        Record(actor, "Extension requested", null);
    }

    /// <summary>A partner manager grants the requested extension: the protection runs <paramref name="protectionDays"/> days longer, once.</summary>
    public void ApproveExtension(int protectionDays, DealActor actor)
    {
        EnsureExtendable(actor.At);
        if (ExtensionRequestedAt is null)
        {
            throw new DomainRuleException(ProblemCodes.DealExtensionNotRequested, "The partner has not requested an extension.");
        }

        ProtectedUntil = ProtectedUntil!.Value.AddDays(ProtectionDays(protectionDays));
        Extended = true;
        Record(actor, "Extension approved", $"Protected until {ProtectedUntil:yyyy-MM-dd}");
        Raise(new DealRegistrationDecided(Id, AccountId, RegisteredById, CompanyName, "extended", ProtectedUntil, null));
    }

    private static int ProtectionDays(int days) =>
        days is > 0 and <= 3650 ? days : throw new DomainRuleException(ProblemCodes.DealProtectionDaysInvalid, "Protection days must be between 1 and 3650.");

    private void EnsureSubmitted()
    {
        if (Status != DealRegistrationStatus.Submitted)
        {
            throw new DomainRuleException(ProblemCodes.DealRegistrationStatusInvalid, $"A registration that is {Status} cannot be decided again.", isConflict: true);
        }
    }

    private void EnsureExtendable(DateTime at)
    {
        if (Extended)
        {
            throw new DomainRuleException(ProblemCodes.DealExtensionUsed, "The protection was already extended once.");
        }

        if (!IsProtectedAt(at))
        {
            throw new DomainRuleException(ProblemCodes.DealRegistrationNotProtected, "Only an approved registration whose protection is running can be extended.");
        }
    }

    private void Record(DealActor actor, string what, string? note)
    {
        _history.Add(new DealRegistrationEvent(Id, AccountId, actor, Status, what, note));
        UpdatedAt = actor.At;
        Version = Guid.NewGuid();
    }
}

/// <summary>Which normalised key matched another record.</summary>
public enum DealConflictKey
{
    Name,
    EmailDomain,
    TaxId,
}

/// <summary>What the other record is: a partner's lead, registration or open opportunity.</summary>
public enum DealConflictKind
{
    Lead,
    Registration,
    Opportunity,
}

/// <summary>A match found on submission: the other partner's record, its key, its timestamp and whether it protects the customer.</summary>
public readonly record struct DealConflictFound(
    DealConflictKind Kind, Guid OtherId, Guid OtherAccountId, DealConflictKey Key, DateTime OtherAt, bool OtherProtected, DateTime SubmittedAt);

/// <summary>A stored conflict: this registration ↔ another partner's lead, registration or open opportunity, and the key that matched.</summary>
public sealed class DealRegistrationConflict
{
    private DealRegistrationConflict()
    {
    }

    internal DealRegistrationConflict(Guid registrationId, DealConflictFound found)
    {
        Id = Guid.CreateVersion7();
        RegistrationId = registrationId;
        OtherKind = found.Kind;
        OtherId = found.OtherId;
        OtherAccountId = found.OtherAccountId;
        Key = found.Key;
        OtherAt = found.OtherAt;
        OtherFirst = found.OtherAt <= found.SubmittedAt;
    }

    public Guid Id { get; private set; }

    public Guid RegistrationId { get; private set; }

    public DealConflictKind OtherKind { get; private set; }

    public Guid OtherId { get; private set; }

    public Guid OtherAccountId { get; private set; }

    public DealConflictKey Key { get; private set; }

    /// <summary>When the other record was registered (a lead's or opportunity's creation, a registration's submission).</summary>
    public DateTime OtherAt { get; private set; }

    /// <summary>First registered wins by timestamp: the other record was there first.</summary>
    public bool OtherFirst { get; private set; }
}

/// <summary>One change of a registration as people read it: appended, never changed.</summary>
public sealed class DealRegistrationEvent
{
    private DealRegistrationEvent()
    {
        What = string.Empty;
    }

    internal DealRegistrationEvent(Guid registrationId, Guid accountId, DealActor actor, DealRegistrationStatus status, string what, string? note)
    {
        Id = Guid.CreateVersion7();
        RegistrationId = registrationId;
        AccountId = accountId;
        At = actor.At;
        By = actor.Name;
        ByPartner = actor.IsPartner;
        Status = status;
        What = what;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid RegistrationId { get; private set; }

    /// <summary>The registration's partner, copied for the isolation filter.</summary>
    public Guid AccountId { get; private set; }

    public DateTime At { get; private set; }

    public string? By { get; private set; }

    public bool ByPartner { get; private set; }

    public DealRegistrationStatus Status { get; private set; }

    public string What { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Whether a partner may read <paramref name="note"/>: every note but the vendor's <see cref="DealRegistration.ConflictNote"/>.</summary>
    public static bool IsForPartners(string? note) => note != DealRegistration.ConflictNote;
}
