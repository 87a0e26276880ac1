using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Contacts;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings.UpdateTraining;

/// <summary>Changes a training's contact, course, date and payment; the payment is fixed once the certification fund was debited (422 <c>training_payment_locked</c>).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record UpdateTrainingCommand(Guid ContactId, string Course, DateOnly Date, TrainingPayment Payment) : ICommand<TrainingDto>, ITrainingFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateTrainingHandler(IApplicationDbContext db, TrainingStore store, PartnerContacts contacts, TrainingReader reader)
    : ICommandHandler<UpdateTrainingCommand, TrainingDto>
{
    public async ValueTask<TrainingDto> Handle(UpdateTrainingCommand command, CancellationToken cancellationToken)
    {
        var training = await store.LoadAsync(command.Id, cancellationToken);
        await contacts.EnsureAsync(training.AccountId, command.ContactId, cancellationToken);
        training.Update(command.ContactId, command.Course, command.Date, command.Payment);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(training.Id, cancellationToken);
    }
}
