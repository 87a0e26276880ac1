using FluentValidation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.ParameterCategories;

public interface IParameterCategoryFields
{
    string Name { get; }

    string? Description { get; }

    MetricCode Metric { get; }

    ParameterValueType DefaultValueType { get; }
}

public sealed class ParameterCategoryFieldsValidator : AbstractValidator<IParameterCategoryFields>
{
    public ParameterCategoryFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.Metric).IsInEnum();
        RuleFor(x => x.DefaultValueType).IsInEnum();
    }
}
