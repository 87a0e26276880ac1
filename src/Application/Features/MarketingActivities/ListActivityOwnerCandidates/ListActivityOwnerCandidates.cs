using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.MarketingActivities.ListActivityOwnerCandidates;

/// <summary>
/// The people an employee approving the activity may make its owner: the partner's active portal users. Given to those
/// who approve (partners.write), who otherwise cannot list portal users (that is portal-access.manage).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record ListActivityOwnerCandidatesQuery(Guid Id) : IQuery<IReadOnlyList<ActivityOwnerCandidateDto>>;

public sealed class ListActivityOwnerCandidatesHandler(MarketingActivityStore store)
    : IQueryHandler<ListActivityOwnerCandidatesQuery, IReadOnlyList<ActivityOwnerCandidateDto>>
{
    public async ValueTask<IReadOnlyList<ActivityOwnerCandidateDto>> Handle(ListActivityOwnerCandidatesQuery query, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(query.Id, cancellationToken);
        return await store.OwnerCandidates(activity.AccountId).Take(500).ToListAsync(cancellationToken);
    }
}
