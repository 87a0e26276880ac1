using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerTypes.UpdatePartnerType;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record UpdatePartnerTypeCommand(string Name, [MultiLine] string? Description) : ICommand<PartnerTypeDto>, IPartnerTypeFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdatePartnerTypeHandler(IApplicationDbContext db, PartnerTypeStore types) : ICommandHandler<UpdatePartnerTypeCommand, PartnerTypeDto>
{
    public async ValueTask<PartnerTypeDto> Handle(UpdatePartnerTypeCommand command, CancellationToken cancellationToken)
    {
        var type = await db.PartnerTypes.Where(t => t.Id == command.Id).FirstOr404Async("Partner type", command.Id, cancellationToken);
        await types.EnsureUniqueNameAsync(command.Name, command.Id, cancellationToken);
        type.Update(command.Name, command.Description);
        await db.SaveChangesAsync(cancellationToken);
        return await types.GetAsync(type.Id, cancellationToken);
    }
}
