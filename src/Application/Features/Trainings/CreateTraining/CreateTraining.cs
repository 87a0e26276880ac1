using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Contacts;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings.CreateTraining;

/// <summary>Records a training of a contact of a partner account (W9); the result is recorded later.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record CreateTrainingCommand(Guid AccountId, Guid ContactId, string Course, DateOnly Date, TrainingPayment Payment)
    : ICommand<TrainingDto>, ITrainingFields;

public sealed class CreateTrainingHandler(IApplicationDbContext db, PartnerContacts contacts, TrainingReader reader, TimeProvider clock)
    : ICommandHandler<CreateTrainingCommand, TrainingDto>
{
    public async ValueTask<TrainingDto> Handle(CreateTrainingCommand command, CancellationToken cancellationToken)
    {
        await contacts.EnsureAsync(command.AccountId, command.ContactId, cancellationToken);
        var training = Training.Create(command.AccountId, command.ContactId, command.Course, command.Date, command.Payment, clock.GetUtcNow().UtcDateTime);
        db.Trainings.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(training.Id, cancellationToken);
    }
}
