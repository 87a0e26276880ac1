using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings.RecordTrainingResult;

/// <summary>
/// Records (or corrects) a training's result; the partner's organization admins are told. The first result of an
/// unpaid training debits one unit (1.00) from the partnership's Certification fund, opened on demand (W9, DOMAIN 1.22),
/// in the same transaction; later changes of the result post nothing. 422 <c>no_active_partnership</c>; 409
/// <c>insufficient_funds</c> (never overdraws, D8) writes nothing. Moves money, so it takes an Idempotency-Key.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record RecordTrainingResultCommand(TrainingResult Result) : ICommand<TrainingDto>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    [JsonIgnore]
    public int SuccessStatus => 200;
}

public sealed class RecordTrainingResultHandler(
    IApplicationDbContext db, TrainingStore store, CertificationFund certification, TrainingReader reader, TimeProvider clock)
    : ICommandHandler<RecordTrainingResultCommand, TrainingDto>
{
    public async ValueTask<TrainingDto> Handle(RecordTrainingResultCommand command, CancellationToken cancellationToken)
    {
        var training = await store.LoadAsync(command.Id, cancellationToken);
        training.RecordResult(command.Result, clock.GetUtcNow().UtcDateTime);

        // Saved first under the training's version: of two concurrent recordings one loses here, before any debit.
        await db.SaveChangesAsync(cancellationToken);
        if (training.NeedsCertificationDebit)
        {
            var description = $"Free certification place: \"{training.Course}\" on {training.Date:yyyy-MM-dd}";
            var entry = await certification.DebitAsync(training.Id, training.AccountId, description, cancellationToken);

            // The ledger may have reset the change tracker while retrying; the training is read again.
            var debited = await store.LoadAsync(command.Id, cancellationToken);
            debited.AttachCertificationDebit(entry.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await reader.GetAsync(command.Id, cancellationToken);
    }
}
