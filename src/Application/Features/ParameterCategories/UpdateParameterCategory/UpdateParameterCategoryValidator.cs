using FluentValidation;

namespace PartnerPortal.Application.Features.ParameterCategories.UpdateParameterCategory;

public sealed class UpdateParameterCategoryValidator : AbstractValidator<UpdateParameterCategoryCommand>
{
    public UpdateParameterCategoryValidator() => Include(new ParameterCategoryFieldsValidator());
}
