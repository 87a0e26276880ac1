using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Products.UpdateProduct;

/// <summary>Changes a product; <see cref="IsActive"/> false deactivates it (it stays on the price lists that name it).</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record UpdateProductCommand(string Code, string Name, string Unit, decimal BasePrice, bool IsActive) : ICommand<ProductDto>, IProductFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateProductHandler(IApplicationDbContext db, ProductReader products) : ICommandHandler<UpdateProductCommand, ProductDto>
{
    public async ValueTask<ProductDto> Handle(UpdateProductCommand command, CancellationToken cancellationToken)
    {
        var product = await products.LoadAsync(command.Id, cancellationToken);
        await products.EnsureUniqueCodeAsync(command.Code, command.Id, cancellationToken);
        product.Update(command.Code, command.Name, command.Unit, Money.ToMinor(command.BasePrice), command.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        return await products.GetAsync(product.Id, cancellationToken);
    }
}
