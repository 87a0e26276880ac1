using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.FundTypes.UpdateFundType;

/// <summary>Renames or re-describes a fund type; its code is fixed. Existing funds keep the name they were opened with.</summary>
[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record UpdateFundTypeCommand(string Name, [property: MultiLine] string? Description) : ICommand<FundTypeDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateFundTypeHandler(IApplicationDbContext db) : ICommandHandler<UpdateFundTypeCommand, FundTypeDto>
{
    public async ValueTask<FundTypeDto> Handle(UpdateFundTypeCommand command, CancellationToken cancellationToken)
    {
        var type = await db.FundTypes.Where(t => t.Id == command.Id).FirstOr404Async("Fund type", command.Id, cancellationToken);
        type.Update(command.Name, command.Description);
        await db.FundTypes.EnsureNoneAsync(
            t => t.NormalizedName == type.NormalizedName && t.Id != type.Id, ProblemCodes.DuplicateName, $"A fund type named {type.Name} exists already.", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return FundTypeDto.From(type);
    }
}
