using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.UpdatePartnershipParameter;

[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record UpdatePartnershipParameterCommand(decimal? NumberValue, string? TextValue, bool? BoolValue) : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid PartnershipId { get; init; }

    [JsonIgnore]
    public Guid ParameterId { get; init; }
}

public sealed class UpdatePartnershipParameterHandler(
    ICurrentUser user, TimeProvider clock, PartnershipLoader loader, PartnershipReader reader)
    : ICommandHandler<UpdatePartnershipParameterCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(UpdatePartnershipParameterCommand command, CancellationToken cancellationToken)
    {
        // Two employees editing different obligations of one partnership at once both succeed: the loser of the race
        // recomputes its change from the winner's state (PartnershipLoader.ChangeAsync).
        var partnership = await loader.ChangeAsync(command.PartnershipId, p =>
        {
            var parameter = p.Parameters.SingleOrDefault(x => x.Id == command.ParameterId)
                ?? throw new NotFoundException("Partnership parameter", command.ParameterId);
            p.SetCurrentValue(
                parameter.Id, ParameterValue.Of(parameter.Value.Type, command.NumberValue, command.TextValue, command.BoolValue),
                clock.GetUtcNow().UtcDateTime, user.DisplayName);
            return Task.CompletedTask;
        }, cancellationToken);
        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
