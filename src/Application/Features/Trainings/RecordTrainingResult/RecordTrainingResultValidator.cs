using FluentValidation;

namespace PartnerPortal.Application.Features.Trainings.RecordTrainingResult;

public sealed class RecordTrainingResultValidator : AbstractValidator<RecordTrainingResultCommand>
{
    public RecordTrainingResultValidator() => RuleFor(x => x.Result).IsInEnum();
}
