using FluentValidation;

namespace PartnerPortal.Application.Features.PartnerTypes.UpdatePartnerType;

public sealed class UpdatePartnerTypeValidator : AbstractValidator<UpdatePartnerTypeCommand>
{
    public UpdatePartnerTypeValidator() => Include(new PartnerTypeFieldsValidator());
}
