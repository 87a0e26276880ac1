using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Trainings;

/// <summary>How a training is paid: a <see cref="NotPaid"/> one is a free certification place, paid from the certification fund (DOMAIN 1.22).</summary>
public enum TrainingPayment
{
    Paid,
    NotPaid,
}

public enum TrainingResult
{
    Passed,
    Failed,
}

/// <summary>A training's result was recorded; the partner's organization admins are told (D12).</summary>
public sealed record TrainingResultRecorded(Guid TrainingId, Guid AccountId, Guid ContactId, string Course, DateOnly Date, TrainingResult Result)
    : IDomainEvent;

/// <summary>
/// An education activity (W9, DOMAIN 1.21/1.22): one contact of a partner account attends a course. Recording the result
/// of a <see cref="TrainingPayment.NotPaid"/> training takes <see cref="CertificationUnitMinor"/> from the partnership's
/// certification fund ONCE (<see cref="NeedsCertificationDebit"/>, <see cref="FundEntryId"/>); the money moves in the
/// ledger, not here.
/// </summary>
public sealed class Training : AggregateRoot
{
    public const int CourseMaxLength = 200;

    /// <summary>
    /// "One unit" of the certification fund (W9): 1.00 of the fund's currency, in minor units (ADR-007). The vendor grants
    /// free places by crediting the fund with that many units.
    /// </summary>
    public const long CertificationUnitMinor = 100;

    private Training()
    {
        Course = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The partner account (ADR-004's isolation column).</summary>
    public Guid AccountId { get; private set; }

    /// <summary>A contact of <see cref="AccountId"/>.</summary>
    public Guid ContactId { get; private set; }

    public string Course { get; private set; }

    public DateOnly Date { get; private set; }

    public TrainingPayment Payment { get; private set; }

    /// <summary>Null until recorded.</summary>
    public TrainingResult? Result { get; private set; }

    public DateTime? ResultAt { get; private set; }

    /// <summary>The certification debit, once posted; set at most once, so a training is debited at most once.</summary>
    public Guid? FundEntryId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Changes with every change, so two concurrent result recordings cannot both debit (the second gets 409).</summary>
    public Guid Version { get; private set; }

    /// <summary>Whether the certification fund is to be debited now: an unpaid training with a result and no debit yet.</summary>
    public bool NeedsCertificationDebit => Payment == TrainingPayment.NotPaid && Result is not null && FundEntryId is null;

    public static Training Create(Guid accountId, Guid contactId, string course, DateOnly date, TrainingPayment payment, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        AccountId = accountId,
        ContactId = contactId,
        Course = Guard.Required(course, "Course", CourseMaxLength),
        Date = date,
        Payment = payment,
        CreatedAt = now,
        Version = Guid.NewGuid(),
    };

    /// <summary>Changes the details; the payment is fixed once the certification fund was debited for it (422 <c>training_payment_locked</c>).</summary>
    public void Update(Guid contactId, string course, DateOnly date, TrainingPayment payment)
    {
        if (FundEntryId is not null && payment != Payment)
        {
            throw new DomainRuleException(
                ProblemCodes.TrainingPaymentLocked, "The certification fund was debited for this training: its payment can no longer change.");
        }

        ContactId = contactId;
        Course = Guard.Required(course, "Course", CourseMaxLength);
        Date = date;
        Payment = payment;
        Version = Guid.NewGuid();
    }

    /// <summary>Records (or corrects) the result; see <see cref="NeedsCertificationDebit"/> for the fund.</summary>
    public void RecordResult(TrainingResult result, DateTime now)
    {
        Result = result;
        ResultAt = now;
        Version = Guid.NewGuid();
        Raise(new TrainingResultRecorded(Id, AccountId, ContactId, Course, Date, result));
    }

    /// <summary>Keeps the certification debit posted for the training (only one, ever).</summary>
    public void AttachCertificationDebit(Guid entryId)
    {
        if (FundEntryId is not null)
        {
            throw new InvalidOperationException("The training was debited already.");
        }

        FundEntryId = entryId;
        Version = Guid.NewGuid();
    }
}
