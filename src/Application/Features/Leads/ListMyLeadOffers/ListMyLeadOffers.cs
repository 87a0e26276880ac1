using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Leads.ListMyLeadOffers;

/// <summary>Offers waiting for your answer, soonest deadline first (few by nature: bounded by your open-offer capacity).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyLeadOffersQuery : IQuery<IReadOnlyList<MyLeadOfferDto>>, IPortalRequest;

public sealed class ListMyLeadOffersHandler(LeadReader reader) : IQueryHandler<ListMyLeadOffersQuery, IReadOnlyList<MyLeadOfferDto>>
{
    public async ValueTask<IReadOnlyList<MyLeadOfferDto>> Handle(ListMyLeadOffersQuery query, CancellationToken cancellationToken) =>
        await reader.MyOpenOffersAsync(cancellationToken);
}
