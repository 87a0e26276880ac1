using FluentValidation;

namespace PartnerPortal.Application.Features.Trainings.CreateTraining;

public sealed class CreateTrainingValidator : AbstractValidator<CreateTrainingCommand>
{
    public CreateTrainingValidator()
    {
        RuleFor(x => x.AccountId).NotEmpty();
        Include(new TrainingFieldsValidator());
    }
}
