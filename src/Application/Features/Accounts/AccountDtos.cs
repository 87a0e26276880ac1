using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Application.Features.Accounts;

public sealed record AccountDto(Guid Id, string Name, AccountType Type, Guid? OwnerId, string? OwnerName, string? Website, string? Country, string? EmailDomain, string? Region = null, string? TaxId = null);

public sealed record AccountDetailDto(
    Guid Id, string Name, AccountType Type, Guid? OwnerId, string? OwnerName, string? Website, string? Country, string? EmailDomain, string? Region,
    IReadOnlyList<PartnershipListItemDto> Partnerships, string? TaxId = null);
