using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.LicensePools.CreateLicensePool;

[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record CreateLicensePoolCommand(string Edition, int Seats, LicenseKind? Kind = null) : ICommand<LicensePoolDto>, ILicensePoolFields;

public sealed class CreateLicensePoolHandler(IApplicationDbContext db, LicensePoolEditions editions) : ICommandHandler<CreateLicensePoolCommand, LicensePoolDto>
{
    public async ValueTask<LicensePoolDto> Handle(CreateLicensePoolCommand command, CancellationToken cancellationToken)
    {
        var kind = command.Kind ?? LicenseKind.PartnerPortal;
        await editions.EnsureUniqueAsync(kind, command.Edition, null, cancellationToken);
        var pool = LicensePool.Create(command.Edition, command.Seats, kind);
        db.LicensePools.Add(pool);
        await db.SaveChangesAsync(cancellationToken);
        return new LicensePoolDto(pool.Id, pool.Kind, pool.Edition, pool.Seats, 0, pool.Seats);
    }
}
