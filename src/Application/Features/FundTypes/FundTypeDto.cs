using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.FundTypes;

public sealed record FundTypeDto(Guid Id, string Code, string Name, string? Description)
{
    public static FundTypeDto From(FundType type) => new(type.Id, type.Code, type.Name, type.Description);
}
