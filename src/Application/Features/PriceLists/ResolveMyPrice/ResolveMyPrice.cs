using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PriceLists.ResolveMyPrice;

/// <summary>
/// A product's price for the partner's own account and where it comes from (personal list → level list → base list →
/// product price), with the default line discount: what adding it to a draft order would take. The account is the
/// session's, never the request's.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ResolveMyPriceQuery(Guid ProductId) : IQuery<PriceResolutionDto>, IPortalRequest;

public sealed class ResolveMyPriceHandler(PriceResolver resolver, PartnerScope scope) : IQueryHandler<ResolveMyPriceQuery, PriceResolutionDto>
{
    public async ValueTask<PriceResolutionDto> Handle(ResolveMyPriceQuery query, CancellationToken cancellationToken) =>
        await resolver.ResolveAsync(scope.AccountId!.Value, query.ProductId, cancellationToken);
}
