using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.MarketingActivities.GetMarketingActivity;

/// <summary>One activity with its full history (who did what).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetMarketingActivityQuery(Guid Id) : IQuery<MarketingActivityDto>;

public sealed class GetMarketingActivityHandler(MarketingActivityReader reader) : IQueryHandler<GetMarketingActivityQuery, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(GetMarketingActivityQuery query, CancellationToken cancellationToken) =>
        await reader.GetAsync(query.Id, cancellationToken);
}
