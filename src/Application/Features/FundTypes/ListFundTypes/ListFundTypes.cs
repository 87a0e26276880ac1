using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.FundTypes.ListFundTypes;

/// <summary>The fund types by name (a small lookup: a plain array).</summary>
[Authorize(Roles = Permissions.RolesWith.FundsRead, Scopes = Scopes.FundsRead)]
public sealed record ListFundTypesQuery : IQuery<IReadOnlyList<FundTypeDto>>;

public sealed class ListFundTypesHandler(IApplicationDbContext db) : IQueryHandler<ListFundTypesQuery, IReadOnlyList<FundTypeDto>>
{
    public async ValueTask<IReadOnlyList<FundTypeDto>> Handle(ListFundTypesQuery query, CancellationToken cancellationToken) =>
        await db.FundTypes.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Select(t => new FundTypeDto(t.Id, t.Code, t.Name, t.Description)).ToListAsync(cancellationToken);
}
