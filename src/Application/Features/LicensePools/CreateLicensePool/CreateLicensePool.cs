using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.LicensePools.CreateLicensePool;

[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record CreateLicensePoolCommand(string Edition, int Seats) : ICommand<LicensePoolDto>, ILicensePoolFields;

public sealed class CreateLicensePoolHandler(IApplicationDbContext db) : ICommandHandler<CreateLicensePoolCommand, LicensePoolDto>
{
    public async ValueTask<LicensePoolDto> Handle(CreateLicensePoolCommand command, CancellationToken cancellationToken)
    {
        var pool = LicensePool.Create(command.Edition, command.Seats);
        db.LicensePools.Add(pool);
        await db.SaveChangesAsync(cancellationToken);
        return new LicensePoolDto(pool.Id, pool.Edition, pool.Seats, 0, pool.Seats);
    }
}
