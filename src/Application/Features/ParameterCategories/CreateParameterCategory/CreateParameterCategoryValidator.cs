using FluentValidation;

namespace PartnerPortal.Application.Features.ParameterCategories.CreateParameterCategory;

public sealed class CreateParameterCategoryValidator : AbstractValidator<CreateParameterCategoryCommand>
{
    public CreateParameterCategoryValidator() => Include(new ParameterCategoryFieldsValidator());
}
