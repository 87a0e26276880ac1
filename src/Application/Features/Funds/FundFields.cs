using FluentValidation;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds;

/// <summary>Field rules the fund commands share.</summary>
public static class FundFields
{
    public static readonly decimal MaxAmount = Money.ToDecimal(Money.MaxEntryMinor);

    /// <summary>More than 0, at most <see cref="MaxAmount"/>, at most two decimals (it becomes minor units exactly).</summary>
    public static IRuleBuilderOptions<T, decimal> ValidAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0).LessThanOrEqualTo(MaxAmount)
            .Must(amount => Money.TryToMinor(amount) is not null).WithMessage("An amount has at most two decimals.");
}
