using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.PromotePartnership;

/// <summary>Promotes an eligible partnership to the next level of its type (W7); progress restarts unless told otherwise (D2).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record PromotePartnershipCommand(bool ResetProgress = true) : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class PromotePartnershipHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, PartnershipLoader loader, PartnershipReader reader)
    : ICommandHandler<PromotePartnershipCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(PromotePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await loader.LoadForChangeAsync(command.Id, cancellationToken);
        var current = await db.PartnerLevels.Where(l => l.Id == partnership.PartnerLevelId).Select(l => l.Number).SingleAsync(cancellationToken);
        var next = await db.PartnerLevels.Include(l => l.Parameters)
            .Where(l => l.PartnerTypeId == partnership.PartnerTypeId && l.Number > current)
            .OrderBy(l => l.Number).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException(ProblemCodes.TopLevel, "This partnership is at the top level of its type.");
        partnership.Promote(next, command.ResetProgress, clock.GetUtcNow().UtcDateTime, user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
