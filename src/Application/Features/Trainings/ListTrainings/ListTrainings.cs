using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Trainings.ListTrainings;

/// <summary>Trainings, newest first; filter by partner account and contact.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record ListTrainingsQuery(Guid? AccountId = null, Guid? ContactId = null, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<TrainingDto>>, IPagedQuery;

public sealed class ListTrainingsHandler(TrainingReader reader) : IQueryHandler<ListTrainingsQuery, Paged<TrainingDto>>
{
    public async ValueTask<Paged<TrainingDto>> Handle(ListTrainingsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.AccountId, query.ContactId, query.Page, query.PageSize, cancellationToken);
}
