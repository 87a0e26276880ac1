using FluentValidation;

namespace PartnerPortal.Application.Features.PartnerLevels;

public interface IPartnerLevelFields
{
    string Name { get; }

    string? Description { get; }

    /// <summary>On create: empty for the next number (N+1); on update: empty or the level's own number.</summary>
    int? Number { get; }

    int TargetScore { get; }
}

public sealed class PartnerLevelFieldsValidator : AbstractValidator<IPartnerLevelFields>
{
    public PartnerLevelFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.Number).InclusiveBetween(1, 100).When(x => x.Number is not null);
        RuleFor(x => x.TargetScore).InclusiveBetween(0, 1_000_000);
    }
}
