using FluentValidation;

namespace PartnerPortal.Application.Features.Products.UpdateProduct;

public sealed class UpdateProductValidator : AbstractValidator<UpdateProductCommand>
{
    public UpdateProductValidator() => Include(new ProductFieldsValidator());
}
