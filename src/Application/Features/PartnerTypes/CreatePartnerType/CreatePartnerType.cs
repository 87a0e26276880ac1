using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerTypes.CreatePartnerType;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record CreatePartnerTypeCommand(string Name, [MultiLine] string? Description) : ICommand<PartnerTypeDto>, IPartnerTypeFields;

public sealed class CreatePartnerTypeHandler(IApplicationDbContext db, PartnerTypeStore types) : ICommandHandler<CreatePartnerTypeCommand, PartnerTypeDto>
{
    public async ValueTask<PartnerTypeDto> Handle(CreatePartnerTypeCommand command, CancellationToken cancellationToken)
    {
        await types.EnsureUniqueNameAsync(command.Name, null, cancellationToken);
        var type = PartnerType.Create(command.Name, command.Description);
        db.PartnerTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return new PartnerTypeDto(type.Id, type.Name, type.Description, 0);
    }
}
