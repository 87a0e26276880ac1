using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.RemoveParameterOverride;

/// <summary>Hands an overridden computed obligation back to the tier engine, which measures it again at once.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record RemoveParameterOverrideCommand(Guid Id, Guid ParameterId) : ICommand<PartnershipDto>;

public sealed class RemoveParameterOverrideHandler(
    ICurrentUser user, TimeProvider clock, PartnershipLoader loader, TierEvaluator evaluator, PartnershipReader reader)
    : ICommandHandler<RemoveParameterOverrideCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(RemoveParameterOverrideCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var partnership = await loader.ChangeAsync(
            command.Id, p => { p.RemoveOverride(command.ParameterId, now, user.DisplayName); return Task.CompletedTask; }, cancellationToken);
        if (partnership.IsActive)
        {
            await evaluator.EvaluateAsync(
                q => q.Where(p => p.Id == command.Id), new TierContext(TierTrigger.OnDemand, "Override removed", now, user.DisplayName), cancellationToken);
        }

        return await reader.GetAsync(command.Id, cancellationToken);
    }
}
