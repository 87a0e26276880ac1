using Mediator;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships.Tiers;

namespace PartnerPortal.Application.Features.Partnerships.GetRenewalProposal;

/// <summary>
/// D4: the level proposed for the partnership's next period: kept when the obligations of the level below were met in
/// the period (records in the grace days count), otherwise one lower once the grace period has passed; with the reason.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetRenewalProposalQuery(Guid Id) : IQuery<RenewalProposalDto>;

public sealed class GetRenewalProposalHandler(Renewals renewals) : IQueryHandler<GetRenewalProposalQuery, RenewalProposalDto>
{
    public async ValueTask<RenewalProposalDto> Handle(GetRenewalProposalQuery query, CancellationToken cancellationToken) =>
        await renewals.DescribeAsync(query.Id, cancellationToken);
}
