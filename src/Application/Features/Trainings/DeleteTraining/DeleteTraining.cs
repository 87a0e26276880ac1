using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Trainings.DeleteTraining;

/// <summary>Deletes a training; its certification debit, if any, is reversed in the ledger (a credit back) in the same transaction.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record DeleteTrainingCommand(Guid Id) : ICommand;

public sealed class DeleteTrainingHandler(IApplicationDbContext db, TrainingStore store, CertificationFund certification) : ICommandHandler<DeleteTrainingCommand>
{
    public async ValueTask<Unit> Handle(DeleteTrainingCommand command, CancellationToken cancellationToken)
    {
        var training = await store.LoadAsync(command.Id, cancellationToken);
        if (training.FundEntryId is not null)
        {
            await certification.ReverseAsync(training.Id, $"Training \"{training.Course}\" deleted", cancellationToken);

            // The ledger may have reset the change tracker while retrying; the training is read again.
            training = await store.LoadAsync(command.Id, cancellationToken);
        }

        db.Trainings.Remove(training);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
