using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.FundTypes.CreateFundType;

/// <summary>Adds a fund type; code and name are unique ignoring case and surrounding spaces.</summary>
[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record CreateFundTypeCommand(string Code, string Name, [property: MultiLine] string? Description) : ICommand<FundTypeDto>;

public sealed class CreateFundTypeHandler(IApplicationDbContext db) : ICommandHandler<CreateFundTypeCommand, FundTypeDto>
{
    public async ValueTask<FundTypeDto> Handle(CreateFundTypeCommand command, CancellationToken cancellationToken)
    {
        var type = FundType.Create(command.Code, command.Name, command.Description);
        await db.FundTypes.EnsureNoneAsync(t => t.NormalizedCode == type.NormalizedCode, ProblemCodes.DuplicateCode, $"A fund type with code {type.Code} exists already.", cancellationToken);
        await db.FundTypes.EnsureNoneAsync(t => t.NormalizedName == type.NormalizedName, ProblemCodes.DuplicateName, $"A fund type named {type.Name} exists already.", cancellationToken);
        db.FundTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return FundTypeDto.From(type);
    }
}
