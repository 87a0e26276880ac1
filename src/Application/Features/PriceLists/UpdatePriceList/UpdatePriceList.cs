using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PriceLists.UpdatePriceList;

/// <summary>Renames a price list; what it is for (base, level, account) is fixed.</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record UpdatePriceListCommand(string Name) : ICommand<PriceListDetailDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdatePriceListHandler(IApplicationDbContext db, PriceListStore lists) : ICommandHandler<UpdatePriceListCommand, PriceListDetailDto>
{
    public async ValueTask<PriceListDetailDto> Handle(UpdatePriceListCommand command, CancellationToken cancellationToken)
    {
        var list = await lists.LoadAsync(command.Id, cancellationToken);
        await lists.EnsureUniqueNameAsync(command.Name, command.Id, cancellationToken);
        list.Rename(command.Name);
        await lists.RenameReferencesAsync(list.Id, list.Name, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await lists.GetAsync(list.Id, cancellationToken);
    }
}
