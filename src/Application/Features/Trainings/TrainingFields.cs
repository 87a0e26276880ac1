using FluentValidation;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings;

/// <summary>What an employee enters for a training (create and update).</summary>
public interface ITrainingFields
{
    Guid ContactId { get; }

    string Course { get; }

    DateOnly Date { get; }

    TrainingPayment Payment { get; }
}

public sealed class TrainingFieldsValidator : AbstractValidator<ITrainingFields>
{
    public TrainingFieldsValidator()
    {
        RuleFor(x => x.ContactId).NotEmpty();
        RuleFor(x => x.Course).NotEmpty().MaximumLength(Training.CourseMaxLength);
        RuleFor(x => x.Date).NotEmpty();
        RuleFor(x => x.Payment).IsInEnum();
    }
}
