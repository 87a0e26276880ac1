using FluentValidation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels;

public interface ILevelParameterFields
{
    ParameterKind Kind { get; }

    Guid CategoryId { get; }

    ParameterValueType ValueType { get; }

    decimal? NumberValue { get; }

    string? TextValue { get; }

    bool? BoolValue { get; }

    /// <summary>The referenced list of a <see cref="ParameterValueType.PriceList"/> value (issue 10).</summary>
    Guid? PriceListId { get; }

    int Score { get; }

    DateOnly? StartDate { get; }

    DateOnly? DueDate { get; }
}

public sealed class LevelParameterFieldsValidator : AbstractValidator<ILevelParameterFields>
{
    public LevelParameterFieldsValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.CategoryId).NotEmpty();
        RuleFor(x => x.ValueType).IsInEnum();
        RuleFor(x => x.ValueType)
            .Must(t => t is ParameterValueType.Integer or ParameterValueType.Decimal or ParameterValueType.Boolean)
            .When(x => x.Kind == ParameterKind.Obligation)
            .WithMessage("An obligation must be measured by a number or yes/no.");
        RuleFor(x => x.NumberValue).NotNull().WithMessage("Enter a number.")
            .When(x => x.ValueType is ParameterValueType.Integer or ParameterValueType.Decimal);
        RuleFor(x => x.NumberValue).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1_000_000_000_000m);
        RuleFor(x => x.NumberValue).Must(v => v is null || decimal.Truncate(v.Value) == v.Value)
            .When(x => x.ValueType == ParameterValueType.Integer).WithMessage("Enter a whole number.");
        RuleFor(x => x.TextValue).NotEmpty().WithMessage("Enter a value.")
            .When(x => x.ValueType is ParameterValueType.String or ParameterValueType.List);
        RuleFor(x => x.TextValue).MaximumLength(250);
        RuleFor(x => x.PriceListId).NotEmpty().WithMessage("Choose a price list.").When(x => x.ValueType == ParameterValueType.PriceList);
        RuleFor(x => x.PriceListId).Null().WithMessage("Only a price-list value references a price list.")
            .When(x => x.ValueType != ParameterValueType.PriceList);
        RuleFor(x => x.BoolValue).NotNull().WithMessage("Choose yes or no.").When(x => x.ValueType == ParameterValueType.Boolean);
        RuleFor(x => x.Score).GreaterThan(0).When(x => x.Kind == ParameterKind.Obligation)
            .WithMessage("An obligation must be worth at least 1 point.");
        RuleFor(x => x.Score).Equal(0).When(x => x.Kind == ParameterKind.Benefit).WithMessage("A benefit earns no points; leave it at 0.");
        RuleFor(x => x.Score).LessThanOrEqualTo(100_000);
        RuleFor(x => x.DueDate).GreaterThanOrEqualTo(x => x.StartDate).When(x => x.StartDate is not null && x.DueDate is not null)
            .WithMessage("The end date must not be before the start date.");
    }
}
