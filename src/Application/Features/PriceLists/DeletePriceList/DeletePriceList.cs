using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PriceLists.DeletePriceList;

/// <summary>Deletes a price list with its prices; its partners' prices then come from the next step of the chain.</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record DeletePriceListCommand(Guid Id) : ICommand;

public sealed class DeletePriceListHandler(IApplicationDbContext db, PriceListStore lists) : ICommandHandler<DeletePriceListCommand>
{
    public async ValueTask<Unit> Handle(DeletePriceListCommand command, CancellationToken cancellationToken)
    {
        db.PriceLists.Remove(await lists.LoadAsync(command.Id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
