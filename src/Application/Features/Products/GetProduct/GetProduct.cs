using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Products.GetProduct;

[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record GetProductQuery(Guid Id) : IQuery<ProductDto>;

public sealed class GetProductHandler(ProductReader products) : IQueryHandler<GetProductQuery, ProductDto>
{
    public async ValueTask<ProductDto> Handle(GetProductQuery query, CancellationToken cancellationToken) => await products.GetAsync(query.Id, cancellationToken);
}
