using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Products;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.PriceLists.SetPriceListLine;

/// <summary>Sets a product's price on the list (adds its line, or changes it: one line per product).</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record SetPriceListLineCommand(decimal Price) : ICommand<PriceListDetailDto>
{
    [JsonIgnore]
    public Guid PriceListId { get; init; }

    [JsonIgnore]
    public Guid ProductId { get; init; }
}

public sealed class SetPriceListLineHandler(IApplicationDbContext db, PriceListStore lists, ProductReader products)
    : ICommandHandler<SetPriceListLineCommand, PriceListDetailDto>
{
    public async ValueTask<PriceListDetailDto> Handle(SetPriceListLineCommand command, CancellationToken cancellationToken)
    {
        var list = await lists.LoadAsync(command.PriceListId, cancellationToken);
        list.SetPrice(await products.LoadAsync(command.ProductId, cancellationToken), Money.ToMinor(command.Price));
        await db.SaveChangesAsync(cancellationToken);
        return await lists.GetAsync(list.Id, cancellationToken);
    }
}
