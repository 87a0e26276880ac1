using FluentValidation;

namespace PartnerPortal.Application.Features.Products.CreateProduct;

public sealed class CreateProductValidator : AbstractValidator<CreateProductCommand>
{
    public CreateProductValidator() => Include(new ProductFieldsValidator());
}
