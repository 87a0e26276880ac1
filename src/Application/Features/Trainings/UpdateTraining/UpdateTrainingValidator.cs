using FluentValidation;

namespace PartnerPortal.Application.Features.Trainings.UpdateTraining;

public sealed class UpdateTrainingValidator : AbstractValidator<UpdateTrainingCommand>
{
    public UpdateTrainingValidator() => Include(new TrainingFieldsValidator());
}
