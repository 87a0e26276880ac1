using FluentValidation;

namespace PartnerPortal.Application.Features.PartnerTypes;

public interface IPartnerTypeFields
{
    string Name { get; }

    string? Description { get; }
}

public sealed class PartnerTypeFieldsValidator : AbstractValidator<IPartnerTypeFields>
{
    public PartnerTypeFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}
