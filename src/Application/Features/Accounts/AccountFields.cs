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

    string? EmailDomain { get; }

    string? Region { get; }

    string? TaxId { get; }
}

public sealed class AccountFieldsValidator : AbstractValidator<IAccountFields>
{
    public AccountFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Account.NameMaxLength);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.OwnerId).NotEqual(Guid.Empty);
        RuleFor(x => x.Website).MaximumLength(250)
            .Must(w => string.IsNullOrWhiteSpace(w) || IsAbsoluteHttpUrl(w))
            .WithMessage("Website must be a full web address starting with http:// or https://, e.g. https://example.com.");
        RuleFor(x => x.Country).MaximumLength(100);
        RuleFor(x => x.EmailDomain).MaximumLength(Domain.Accounts.EmailDomain.MaxLength);
        RuleFor(x => x.Region).MaximumLength(Account.RegionMaxLength);
        RuleFor(x => x.TaxId).MaximumLength(100);
    }

    /// <summary>An absolute http(s) address with a host: the only kind the client renders as a link.</summary>
    public static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && !value.Trim().Any(char.IsWhiteSpace);
}
