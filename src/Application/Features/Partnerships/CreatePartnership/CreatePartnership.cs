using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.CreatePartnership;

[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record CreatePartnershipCommand(
    Guid AccountId, Guid PartnerTypeId, Guid? PartnerLevelId, string? Name, DateOnly? StartDate, DateOnly? DueDate, bool IsActive = true)
    : ICommand<PartnershipDto>;

public sealed class CreatePartnershipHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, PartnershipLoader loader, PartnershipReader reader)
    : ICommandHandler<CreatePartnershipCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(CreatePartnershipCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == command.AccountId).FirstOr404Async("Account", command.AccountId, cancellationToken);
        var type = await db.PartnerTypes.Where(t => t.Id == command.PartnerTypeId).FirstOr404Async("Partner type", command.PartnerTypeId, cancellationToken);
        var level = command.PartnerLevelId is { } levelId
            ? await loader.LoadLevelAsync(levelId, cancellationToken)
            : await db.PartnerLevels.Include(l => l.Parameters).Where(l => l.PartnerTypeId == type.Id).OrderBy(l => l.Number).FirstOrDefaultAsync(cancellationToken)
              ?? throw new DomainRuleException(ProblemCodes.TypeHasNoLevels, $"Partner type {type.Name} has no levels yet; add one first.");
        if (command.IsActive)
        {
            await loader.EnsureNoOtherActiveAsync(account.Id, null, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var start = command.StartDate ?? DateOnly.FromDateTime(now);
        var partnership = Partnership.Create(
            account, type, level, command.Name, start, command.DueDate ?? Partnership.DefaultDueDate(start), command.IsActive, now, user.DisplayName);
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
