using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.Products.CreateProduct;

/// <summary>Adds a product (active); its code is stored upper-case and must be unique (409 <c>duplicate_code</c>).</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record CreateProductCommand(string Code, string Name, string Unit, decimal BasePrice) : ICommand<ProductDto>, IProductFields;

public sealed class CreateProductHandler(IApplicationDbContext db, ProductReader products) : ICommandHandler<CreateProductCommand, ProductDto>
{
    public async ValueTask<ProductDto> Handle(CreateProductCommand command, CancellationToken cancellationToken)
    {
        await products.EnsureUniqueCodeAsync(command.Code, null, cancellationToken);
        var product = Product.Create(command.Code, command.Name, command.Unit, Money.ToMinor(command.BasePrice));
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return await products.GetAsync(product.Id, cancellationToken);
    }
}
