using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.LicensePools.UpdateLicensePool;

[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record UpdateLicensePoolCommand(string Edition, int Seats) : ICommand<LicensePoolDto>, ILicensePoolFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateLicensePoolHandler(IApplicationDbContext db, LicensePoolEditions editions) : ICommandHandler<UpdateLicensePoolCommand, LicensePoolDto>
{
    public async ValueTask<LicensePoolDto> Handle(UpdateLicensePoolCommand command, CancellationToken cancellationToken)
    {
        var pool = await db.LicensePools.Where(p => p.Id == command.Id).FirstOr404Async("Licence pool", command.Id, cancellationToken);
        await editions.EnsureUniqueAsync(pool.Kind, command.Edition, pool.Id, cancellationToken);
        var used = await db.PortalUsers.IgnoreQueryFilters().CountAsync(u => u.LicensePoolId == pool.Id && u.IsActive, cancellationToken);
        pool.Update(command.Edition, command.Seats, used);
        await db.SaveChangesAsync(cancellationToken);
        return new LicensePoolDto(pool.Id, pool.Kind, pool.Edition, pool.Seats, used, pool.Seats - used);
    }
}
