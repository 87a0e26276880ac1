using FluentValidation;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Certificates;

/// <summary>What an employee enters for a certificate (create and update).</summary>
public interface ICertificateFields
{
    Guid ContactId { get; }

    string Name { get; }

    string? Number { get; }

    DateOnly IssuedOn { get; }

    DateOnly? ExpiresOn { get; }

    Guid? TrainingId { get; }
}

/// <summary>An expiry before the issue date is the domain's 422 <c>period_invalid</c>.</summary>
public sealed class CertificateFieldsValidator : AbstractValidator<ICertificateFields>
{
    public CertificateFieldsValidator()
    {
        RuleFor(x => x.ContactId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Certificate.NameMaxLength);
        RuleFor(x => x.Number).MaximumLength(Certificate.NumberMaxLength);
        RuleFor(x => x.IssuedOn).NotEmpty();
        RuleFor(x => x.TrainingId).NotEqual(Guid.Empty);
    }
}
