using Mediator;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Application.Features.Leads.ListLeadOwnerCandidates;

/// <summary>
/// Who may own a lead passed to the partner: its active portal users, by name (the "Pass to partner" dialog's owner
/// picker). The same rule as the owner check of <c>OfferLead</c>; an account that is no partner has none.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record ListLeadOwnerCandidatesQuery(Guid AccountId) : IQuery<IReadOnlyList<OwnerCandidateDto>>;

public sealed class ListLeadOwnerCandidatesHandler(PartnerOwners owners) : IQueryHandler<ListLeadOwnerCandidatesQuery, IReadOnlyList<OwnerCandidateDto>>
{
    public async ValueTask<IReadOnlyList<OwnerCandidateDto>> Handle(ListLeadOwnerCandidatesQuery query, CancellationToken cancellationToken) =>
        await owners.CandidatesAsync(query.AccountId, cancellationToken);
}
