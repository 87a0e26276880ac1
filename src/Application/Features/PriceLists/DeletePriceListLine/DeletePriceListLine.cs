using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PriceLists.DeletePriceListLine;

/// <summary>Removes a product's price from the list (422 <c>price_list_line_not_found</c> when the list has none).</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record DeletePriceListLineCommand(Guid PriceListId, Guid ProductId) : ICommand;

public sealed class DeletePriceListLineHandler(IApplicationDbContext db, PriceListStore lists) : ICommandHandler<DeletePriceListLineCommand>
{
    public async ValueTask<Unit> Handle(DeletePriceListLineCommand command, CancellationToken cancellationToken)
    {
        var list = await lists.LoadAsync(command.PriceListId, cancellationToken);
        list.RemovePrice(command.ProductId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
