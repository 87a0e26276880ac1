using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.DealRegistrations.PreCheckDealRegistration;

/// <summary>
/// Issue 9 pre-check: is a company (name), e-mail domain or tax id protected right now? Answers only yes / no and until
/// when — the same shape and the same single query whoever holds it (you, another partner, or nobody; leads never
/// protect). Rate limited per user.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record PreCheckDealRegistrationQuery(string? Name, string? Domain, string? TaxId) : IQuery<DealPreCheckDto>, IPortalRequest;

public sealed class PreCheckDealRegistrationHandler(DealRegistrationStore store) : IQueryHandler<PreCheckDealRegistrationQuery, DealPreCheckDto>
{
    public async ValueTask<DealPreCheckDto> Handle(PreCheckDealRegistrationQuery query, CancellationToken cancellationToken) =>
        await store.PreCheckAsync(DealKeys.Of(query.Name, query.Domain, query.TaxId), cancellationToken);
}
