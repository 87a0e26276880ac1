using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.GetFundEntry;

/// <summary>One entry with its two postings, and the reversal that undid it if any.</summary>
[Authorize(Roles = Permissions.RolesWith.FundsRead, Scopes = Scopes.FundsRead)]
public sealed record GetFundEntryQuery(Guid Id) : IQuery<FundEntryDto>;

public sealed class GetFundEntryHandler(FundReader reader) : IQueryHandler<GetFundEntryQuery, FundEntryDto>
{
    public async ValueTask<FundEntryDto> Handle(GetFundEntryQuery query, CancellationToken cancellationToken) => await reader.GetEntryAsync(query.Id, cancellationToken);
}
