using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Domain.Trainings;

/// <summary>Where a certificate stands on a day.</summary>
public enum CertificateStatus
{
    Valid,
    Expired,
    NotYetValid,
}

/// <summary>A certificate of one contact of a partner account (W9, DOMAIN 1.21), optionally earned in a <see cref="Training"/>.</summary>
public sealed class Certificate : AggregateRoot
{
    public const int NameMaxLength = 200;
    public const int NumberMaxLength = 100;

    private Certificate()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The partner account (ADR-004's isolation column).</summary>
    public Guid AccountId { get; private set; }

    /// <summary>A contact of <see cref="AccountId"/>.</summary>
    public Guid ContactId { get; private set; }

    public string Name { get; private set; }

    public string? Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    /// <summary>Null: never expires. Never before <see cref="IssuedOn"/>.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>The training (of the same account) the certificate was earned in, when known.</summary>
    public Guid? TrainingId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public Guid Version { get; private set; }

    public static Certificate Create(
        Guid accountId, Guid contactId, string name, string? number, DateOnly issuedOn, DateOnly? expiresOn, Guid? trainingId, DateTime now)
    {
        var certificate = new Certificate { Id = Guid.CreateVersion7(), AccountId = accountId, CreatedAt = now };
        certificate.Update(contactId, name, number, issuedOn, expiresOn, trainingId);
        return certificate;
    }

    public void Update(Guid contactId, string name, string? number, DateOnly issuedOn, DateOnly? expiresOn, Guid? trainingId)
    {
        if (expiresOn < issuedOn)
        {
            throw new DomainRuleException(ProblemCodes.PeriodInvalid, "A certificate cannot expire before it is issued.");
        }

        ContactId = contactId;
        Name = Guard.Required(name, "Name", NameMaxLength);
        Number = Guard.Optional(number, "Number", NumberMaxLength);
        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        TrainingId = trainingId;
        Version = Guid.NewGuid();
        Raise(new TierInputChanged(AccountId, "Certificate changed"));
    }

    /// <summary>Call before removing the certificate, so the partner's metric is re-evaluated.</summary>
    public void Delete() => Raise(new TierInputChanged(AccountId, "Certificate deleted"));

    /// <summary>Valid from the day of issue through the day of expiry, both included.</summary>
    public bool IsValidOn(DateOnly day) => StatusOn(day) == CertificateStatus.Valid;

    public CertificateStatus StatusOn(DateOnly day) => StatusOf(IssuedOn, ExpiresOn, day);

    /// <summary>The one rule of validity, also for reads that project the dates only.</summary>
    public static CertificateStatus StatusOf(DateOnly issuedOn, DateOnly? expiresOn, DateOnly day) =>
        day < issuedOn ? CertificateStatus.NotYetValid
        : expiresOn is { } expires && day > expires ? CertificateStatus.Expired
        : CertificateStatus.Valid;
}
