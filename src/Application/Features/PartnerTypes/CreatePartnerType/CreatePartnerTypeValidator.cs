using FluentValidation;

namespace PartnerPortal.Application.Features.PartnerTypes.CreatePartnerType;

public sealed class CreatePartnerTypeValidator : AbstractValidator<CreatePartnerTypeCommand>
{
    public CreatePartnerTypeValidator() => Include(new PartnerTypeFieldsValidator());
}
