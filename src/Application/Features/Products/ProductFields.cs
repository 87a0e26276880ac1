using FluentValidation;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.Products;

public interface IProductFields
{
    string Code { get; }

    string Name { get; }

    string Unit { get; }

    /// <summary>The base price as a decimal with at most two places (it becomes minor units exactly, ADR-007).</summary>
    decimal BasePrice { get; }
}

public sealed class ProductFieldsValidator : AbstractValidator<IProductFields>
{
    public ProductFieldsValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(Product.MaxCodeLength)
            .Matches(@"^\s*[A-Za-z0-9._-]+\s*$").WithMessage("A product code holds only letters, digits, '-', '_' and '.'.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Product.MaxNameLength);
        RuleFor(x => x.Unit).NotEmpty().MaximumLength(Product.MaxUnitLength);
        RuleFor(x => x.BasePrice).ValidPrice();
    }
}

public static class PriceRules
{
    /// <summary>0 up to <see cref="Money.MaxEntryMinor"/> as a decimal, at most two decimals.</summary>
    public static IRuleBuilderOptions<T, decimal> ValidPrice<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).LessThanOrEqualTo(Money.ToDecimal(Money.MaxEntryMinor))
            .Must(price => Money.TryToMinor(price) is not null).WithMessage("A price has at most two decimals.");
}
