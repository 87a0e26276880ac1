using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PriceLists.CreatePriceList;

/// <summary>
/// Adds a price list: the base list (neither level nor account), a level's list (<see cref="PartnerLevelId"/>) or a
/// partner account's personal list (<see cref="AccountId"/>); one per scope (409 <c>price_list_exists</c>).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record CreatePriceListCommand(string Name, PriceListKind Kind, Guid? PartnerLevelId = null, Guid? AccountId = null) : ICommand<PriceListDetailDto>;

public sealed class CreatePriceListHandler(IApplicationDbContext db, PriceListStore lists) : ICommandHandler<CreatePriceListCommand, PriceListDetailDto>
{
    public async ValueTask<PriceListDetailDto> Handle(CreatePriceListCommand command, CancellationToken cancellationToken)
    {
        var list = PriceList.Create(command.Name, command.Kind, command.PartnerLevelId, command.AccountId);
        await lists.EnsureScopeAsync(command.Kind, command.PartnerLevelId, command.AccountId, cancellationToken);
        await lists.EnsureUniqueNameAsync(command.Name, null, cancellationToken);
        db.PriceLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        return await lists.GetAsync(list.Id, cancellationToken);
    }
}
