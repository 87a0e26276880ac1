using Mediator;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Application.Features.MarketingActivities.ListActivityOwnerCandidates;

/// <summary>
/// The people an employee approving the activity may make its owner: the partner's active portal users. Given to those
/// who approve (partners.write), who otherwise cannot list portal users (that is portal-access.manage).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record ListActivityOwnerCandidatesQuery(Guid Id) : IQuery<IReadOnlyList<OwnerCandidateDto>>;

public sealed class ListActivityOwnerCandidatesHandler(MarketingActivityStore store, PartnerOwners owners)
    : IQueryHandler<ListActivityOwnerCandidatesQuery, IReadOnlyList<OwnerCandidateDto>>
{
    public async ValueTask<IReadOnlyList<OwnerCandidateDto>> Handle(ListActivityOwnerCandidatesQuery query, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(query.Id, cancellationToken);
        return await owners.CandidatesAsync(activity.AccountId, cancellationToken);
    }
}
