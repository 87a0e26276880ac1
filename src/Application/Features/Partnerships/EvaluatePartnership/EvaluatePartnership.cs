using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.EvaluatePartnership;

/// <summary>
/// W7 on demand: measures the partnership's obligations from the records now, re-scores and promotes while the target is
/// met (the same engine as events and the nightly run); writes a decision when anything changed.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record EvaluatePartnershipCommand : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class EvaluatePartnershipHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, TierEvaluator evaluator, PartnershipReader reader)
    : ICommandHandler<EvaluatePartnershipCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(EvaluatePartnershipCommand command, CancellationToken cancellationToken)
    {
        var active = await db.Partnerships.Where(p => p.Id == command.Id).Select(p => (bool?)p.IsActive).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Partnership", command.Id);
        if (!active)
        {
            throw new DomainRuleException(ProblemCodes.PartnershipInactive, "Only an active partnership is evaluated; a past period keeps its result.");
        }

        await evaluator.EvaluateAsync(
            q => q.Where(p => p.Id == command.Id), new TierContext(TierTrigger.OnDemand, "Evaluated on request", clock.GetUtcNow().UtcDateTime, user.DisplayName),
            cancellationToken);
        return await reader.GetAsync(command.Id, cancellationToken);
    }
}
