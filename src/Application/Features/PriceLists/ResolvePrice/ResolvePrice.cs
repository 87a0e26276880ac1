using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PriceLists.ResolvePrice;

/// <summary>A product's price for an account and its source, with the default line discount (what an order line would take).</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record ResolvePriceQuery(Guid AccountId, Guid ProductId) : IQuery<PriceResolutionDto>;

public sealed class ResolvePriceHandler(PriceResolver resolver) : IQueryHandler<ResolvePriceQuery, PriceResolutionDto>
{
    public async ValueTask<PriceResolutionDto> Handle(ResolvePriceQuery query, CancellationToken cancellationToken) =>
        await resolver.ResolveAsync(query.AccountId, query.ProductId, cancellationToken);
}
