using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.MarketingActivities.GetMyMarketingActivity;

/// <summary>One of the partner's activities with its history (the vendor's decisions without employee names).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyMarketingActivityQuery(Guid Id) : IQuery<MarketingActivityDto>, IPortalRequest;

public sealed class GetMyMarketingActivityHandler(MarketingActivityReader reader) : IQueryHandler<GetMyMarketingActivityQuery, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(GetMyMarketingActivityQuery query, CancellationToken cancellationToken) =>
        await reader.GetAsync(query.Id, cancellationToken);
}
