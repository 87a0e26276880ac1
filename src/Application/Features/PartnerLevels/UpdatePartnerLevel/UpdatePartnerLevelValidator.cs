using FluentValidation;

namespace PartnerPortal.Application.Features.PartnerLevels.UpdatePartnerLevel;

public sealed class UpdatePartnerLevelValidator : AbstractValidator<UpdatePartnerLevelCommand>
{
    public UpdatePartnerLevelValidator() => Include(new PartnerLevelFieldsValidator());
}
