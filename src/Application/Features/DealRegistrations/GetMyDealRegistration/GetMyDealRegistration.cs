using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.DealRegistrations.GetMyDealRegistration;

/// <summary>One of your organization's registrations with its history; 404 otherwise.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyDealRegistrationQuery(Guid Id) : IQuery<DealRegistrationDto>, IPortalRequest;

public sealed class GetMyDealRegistrationHandler(DealRegistrationReader reader) : IQueryHandler<GetMyDealRegistrationQuery, DealRegistrationDto>
{
    public async ValueTask<DealRegistrationDto> Handle(GetMyDealRegistrationQuery query, CancellationToken cancellationToken) =>
        await reader.GetAsync(query.Id, cancellationToken);
}
