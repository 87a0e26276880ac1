using FluentValidation;

namespace PartnerPortal.Application.Features.PartnerLevels.UpdateLevelParameter;

public sealed class UpdateLevelParameterValidator : AbstractValidator<UpdateLevelParameterCommand>
{
    public UpdateLevelParameterValidator() => Include(new LevelParameterFieldsValidator());
}
