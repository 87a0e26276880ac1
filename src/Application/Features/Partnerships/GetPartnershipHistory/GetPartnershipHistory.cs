using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Partnerships.GetPartnershipHistory;

[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersRead)]
public sealed record GetPartnershipHistoryQuery(Guid Id) : IQuery<IReadOnlyList<ParameterHistoryDto>>;

public sealed class GetPartnershipHistoryHandler(PartnershipReader reader) : IQueryHandler<GetPartnershipHistoryQuery, IReadOnlyList<ParameterHistoryDto>>
{
    public async ValueTask<IReadOnlyList<ParameterHistoryDto>> Handle(GetPartnershipHistoryQuery query, CancellationToken cancellationToken) =>
        await reader.HistoryAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Partnership", query.Id);
}
