using FluentValidation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.ProgramSettings.UpdateProgramSettings;

public sealed class UpdateProgramSettingsValidator : AbstractValidator<UpdateProgramSettingsCommand>
{
    public UpdateProgramSettingsValidator() => RuleFor(c => c.RenewalGraceDays).InclusiveBetween(0, Domain.PartnerProgram.ProgramSettings.MaxGraceDays);
}
