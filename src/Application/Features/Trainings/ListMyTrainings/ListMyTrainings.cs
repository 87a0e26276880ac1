using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Trainings.ListMyTrainings;

/// <summary>Portal: the trainings of your organization's contacts, newest first, read-only.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyTrainingsQuery(int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<PortalTrainingDto>>, IPagedQuery, IPortalRequest;

public sealed class ListMyTrainingsHandler(TrainingReader reader) : IQueryHandler<ListMyTrainingsQuery, Paged<PortalTrainingDto>>
{
    public async ValueTask<Paged<PortalTrainingDto>> Handle(ListMyTrainingsQuery query, CancellationToken cancellationToken) =>
        await reader.ListMineAsync(query.Page, query.PageSize, cancellationToken);
}
