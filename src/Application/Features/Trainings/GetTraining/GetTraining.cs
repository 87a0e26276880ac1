using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Trainings.GetTraining;

[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetTrainingQuery(Guid Id) : IQuery<TrainingDto>;

public sealed class GetTrainingHandler(TrainingReader reader) : IQueryHandler<GetTrainingQuery, TrainingDto>
{
    public async ValueTask<TrainingDto> Handle(GetTrainingQuery query, CancellationToken cancellationToken) => await reader.GetAsync(query.Id, cancellationToken);
}
