using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal;

public sealed record PartnerManagerDto(string Name, string Email);

/// <summary>The partner's own program, read-only: the partnership page plus what is missing and who to ask.</summary>
public sealed record PartnerProgramDto(
    [property: System.Text.Json.Serialization.JsonIgnore] PartnershipDto Partnership,
    IReadOnlyList<string> Missing,
    PartnerManagerDto? PartnerManager) : PartnershipDto(Partnership);

[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyProgramQuery : IQuery<PartnerProgramDto>, IPortalRequest;

[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyProgramHistoryQuery : IQuery<IReadOnlyList<ParameterHistoryDto>>, IPortalRequest;

[Authorize(Roles = Roles.PortalUser)]
public sealed record GetPortalPartnershipQuery(Guid Id) : IQuery<PartnerProgramDto>, IPortalRequest;

// Every query below runs inside the partner scope: the database filters partnerships to the caller's account.
public sealed class PartnerProgramHandlers(IApplicationDbContext db, PartnershipReader reader, IEmployeeDirectory employees) :
    IQueryHandler<GetMyProgramQuery, PartnerProgramDto>,
    IQueryHandler<GetMyProgramHistoryQuery, IReadOnlyList<ParameterHistoryDto>>,
    IQueryHandler<GetPortalPartnershipQuery, PartnerProgramDto>
{
    public async ValueTask<PartnerProgramDto> Handle(GetMyProgramQuery query, CancellationToken cancellationToken) =>
        await Read(await ActivePartnershipId(cancellationToken), cancellationToken);

    public async ValueTask<IReadOnlyList<ParameterHistoryDto>> Handle(GetMyProgramHistoryQuery query, CancellationToken cancellationToken) =>
        await reader.HistoryAsync(await ActivePartnershipId(cancellationToken), cancellationToken) ?? [];

    public async ValueTask<PartnerProgramDto> Handle(GetPortalPartnershipQuery query, CancellationToken cancellationToken) =>
        await Read(query.Id, cancellationToken);

    /// <summary>"4 more Leads number" — one sentence per obligation not met yet.</summary>
    public static IReadOnlyList<string> Missing(PartnershipDto partnership) =>
        partnership.NextLevelName is null
            ? []
            : [.. partnership.Obligations.Where(o => o.CurrentValue < o.TargetValue)
                .Select(o => $"{(o.TargetValue - o.CurrentValue).ToString("#,##0.##", CultureInfo.InvariantCulture)} more {o.CategoryName}")];

    private async Task<Guid> ActivePartnershipId(CancellationToken cancellationToken) =>
        await db.Partnerships.Where(p => p.IsActive).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new DomainRuleException("no_active_partnership", "Your organization has no active partner program yet.");

    private async Task<PartnerProgramDto> Read(Guid id, CancellationToken cancellationToken)
    {
        var partnership = await reader.ReadAsync(id, cancellationToken) ?? throw new NotFoundException("Partnership", id);
        var ownerId = await db.Accounts.Where(a => a.Id == partnership.AccountId).Select(a => a.OwnerId).FirstOrDefaultAsync(cancellationToken);
        var manager = ownerId is { } owner ? await employees.FindAsync(owner, cancellationToken) : null;
        return new PartnerProgramDto(partnership, Missing(partnership), manager is null ? null : new PartnerManagerDto(manager.DisplayName, manager.Email));
    }
}
