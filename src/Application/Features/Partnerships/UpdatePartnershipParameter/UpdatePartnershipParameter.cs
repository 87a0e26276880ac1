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
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, PartnershipLoader loader, PartnershipReader reader)
    : ICommandHandler<UpdatePartnershipParameterCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(UpdatePartnershipParameterCommand command, CancellationToken cancellationToken)
    {
        var partnership = await loader.LoadForChangeAsync(command.PartnershipId, cancellationToken);
        var parameter = partnership.Parameters.SingleOrDefault(p => p.Id == command.ParameterId)
            ?? throw new NotFoundException("Partnership parameter", command.ParameterId);
        partnership.SetCurrentValue(
            parameter.Id, ParameterValue.Of(parameter.Value.Type, command.NumberValue, command.TextValue, command.BoolValue),
            clock.GetUtcNow().UtcDateTime, user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
