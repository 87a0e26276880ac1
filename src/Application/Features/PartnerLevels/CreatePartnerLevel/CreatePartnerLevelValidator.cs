using FluentValidation;

namespace PartnerPortal.Application.Features.PartnerLevels.CreatePartnerLevel;

public sealed class CreatePartnerLevelValidator : AbstractValidator<CreatePartnerLevelCommand>
{
    public CreatePartnerLevelValidator() => Include(new PartnerLevelFieldsValidator());
}
