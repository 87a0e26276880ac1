using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.UpdatePartnershipParameter;

[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
/// <summary>
/// Sets what the partner reached for an obligation the tier engine does not measure, or overrides a measured one with a
/// reason (422 <c>metric_is_computed</c> without one); then the partnership is evaluated (W7: a manual edit is a trigger).
/// </summary>
public sealed record UpdatePartnershipParameterCommand(decimal? NumberValue, string? TextValue, bool? BoolValue, string? OverrideReason = null)
    : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid PartnershipId { get; init; }

    [JsonIgnore]
    public Guid ParameterId { get; init; }
}

public sealed class UpdatePartnershipParameterHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, PartnershipLoader loader, TierEvaluator evaluator, PartnershipReader reader)
    : ICommandHandler<UpdatePartnershipParameterCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(UpdatePartnershipParameterCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var computed = await (
            from x in db.PartnershipParameters
            join c in db.ParameterCategories on x.CategoryId equals c.Id
            where x.Id == command.ParameterId
            select c.Metric).ToListAsync(cancellationToken);

        // Two employees editing different obligations of one partnership at once both succeed: the loser of the race
        // recomputes its change from the winner's state (PartnershipLoader.ChangeAsync).
        var partnership = await loader.ChangeAsync(command.PartnershipId, p =>
        {
            var parameter = p.Parameters.SingleOrDefault(x => x.Id == command.ParameterId)
                ?? throw new NotFoundException("Partnership parameter", command.ParameterId);
            p.SetCurrentValue(
                parameter.Id, ParameterValue.Of(parameter.Value.Type, command.NumberValue, command.TextValue, command.BoolValue),
                computed.Any(ParameterCategory.IsComputedMetric), command.OverrideReason, now, user.DisplayName);
            return Task.CompletedTask;
        }, cancellationToken);
        if (partnership.IsActive)
        {
            await evaluator.EvaluateAsync(
                q => q.Where(p => p.Id == partnership.Id), new TierContext(TierTrigger.OnDemand, "Value edited", now, user.DisplayName), cancellationToken);
        }

        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
