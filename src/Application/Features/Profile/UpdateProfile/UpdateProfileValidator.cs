using FluentValidation;

namespace PartnerPortal.Application.Features.Profile.UpdateProfile;

public sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileValidator() => RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(250);
}
