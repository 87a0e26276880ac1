using FluentValidation;
using PartnerPortal.Application.Features.Accounts;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities;

/// <summary>What a partner proposes (and may change while the activity is a draft).</summary>
public interface IMarketingActivityFields
{
    string Name { get; }

    MarketingActivityType Type { get; }

    DateOnly StartDate { get; }

    DateOnly DueDate { get; }

    string? Description { get; }

    string? Url { get; }

    decimal ProposedBudget { get; }

    Guid? FundId { get; }
}

public sealed class MarketingActivityFieldsValidator : AbstractValidator<IMarketingActivityFields>
{
    public MarketingActivityFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(MarketingActivity.NameMaxLength);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.StartDate).NotEmpty();
        RuleFor(x => x.DueDate).NotEmpty().GreaterThanOrEqualTo(x => x.StartDate).WithMessage("The due date must not be before the start date.");
        RuleFor(x => x.Description).MaximumLength(MarketingActivity.DescriptionMaxLength);
        RuleFor(x => x.Url).MaximumLength(MarketingActivity.UrlMaxLength)
            .Must(u => string.IsNullOrWhiteSpace(u) || AccountFieldsValidator.IsAbsoluteHttpUrl(u))
            .WithName("URL")
            .WithMessage("URL must be a full web address starting with http:// or https://, e.g. https://example.com/campaign.");
        RuleFor(x => x.ProposedBudget).ValidBudget();
        RuleFor(x => x.FundId).NotEqual(Guid.Empty);
    }
}

/// <summary>Field rules and conversions the activity use cases share.</summary>
public static class MarketingActivityFields
{
    public static readonly decimal MaxBudget = Money.ToDecimal(MarketingActivity.MaxBudgetMinor);

    /// <summary>0 or more, at most <see cref="MaxBudget"/>, at most two decimals (it becomes minor units exactly).</summary>
    public static IRuleBuilderOptions<T, decimal> ValidBudget<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).LessThanOrEqualTo(MaxBudget)
            .Must(amount => Money.TryToMinor(amount) is not null).WithMessage("An amount has at most two decimals.");

    public static decimal? ToDecimal(long? minor) => minor is { } value ? Money.ToDecimal(value) : null;

    public static MarketingActivityDetails Details(IMarketingActivityFields fields) => new(
        fields.Name, fields.Type, fields.StartDate, fields.DueDate, fields.Description, fields.Url?.Trim(), Money.ToMinor(fields.ProposedBudget), fields.FundId);
}
