using FluentValidation;

namespace PartnerPortal.Application.Features.PartnerLevels.AddLevelParameter;

public sealed class AddLevelParameterValidator : AbstractValidator<AddLevelParameterCommand>
{
    public AddLevelParameterValidator() => Include(new LevelParameterFieldsValidator());
}
