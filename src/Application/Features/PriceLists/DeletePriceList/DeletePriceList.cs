using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PriceLists.DeletePriceList;

/// <summary>
/// Deletes a price list with its prices; its partners' prices then come from the next step of the chain. A list that a
/// Price list benefit references is kept (409 <c>price_list_in_use</c>).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record DeletePriceListCommand(Guid Id) : ICommand;

public sealed class DeletePriceListHandler(IApplicationDbContext db, PriceListStore lists) : ICommandHandler<DeletePriceListCommand>
{
    public async ValueTask<Unit> Handle(DeletePriceListCommand command, CancellationToken cancellationToken)
    {
        var list = await lists.LoadAsync(command.Id, cancellationToken);
        await lists.EnsureNotReferencedAsync(list.Id, cancellationToken);
        db.PriceLists.Remove(list);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
