using FluentValidation;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Application.Features.Accounts;

public interface IAccountFields
{
    string Name { get; }

    AccountType Type { get; }

    Guid? OwnerId { get; }

    string? Website { get; }

    string? Country { get; }
}

public sealed class AccountFieldsValidator : AbstractValidator<IAccountFields>
{
    public AccountFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Account.NameMaxLength);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.OwnerId).NotEqual(Guid.Empty);
        RuleFor(x => x.Website).MaximumLength(250);
        RuleFor(x => x.Country).MaximumLength(100);
    }
}
