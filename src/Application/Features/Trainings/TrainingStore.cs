using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings;

/// <summary>Loading a training for a change.</summary>
public sealed class TrainingStore(IApplicationDbContext db)
{
    public Task<Training> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Trainings.Where(t => t.Id == id).FirstOr404Async("Training", id, cancellationToken);
}
