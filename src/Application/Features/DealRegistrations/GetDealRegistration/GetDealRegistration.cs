using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.DealRegistrations.GetDealRegistration;

/// <summary>A registration with its conflicts side by side (the other partner's lead or registration, the key, who was first) and history.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record GetDealRegistrationQuery(Guid Id) : IQuery<DealRegistrationDto>;

public sealed class GetDealRegistrationHandler(DealRegistrationReader reader) : IQueryHandler<GetDealRegistrationQuery, DealRegistrationDto>
{
    public async ValueTask<DealRegistrationDto> Handle(GetDealRegistrationQuery query, CancellationToken cancellationToken) =>
        await reader.GetAsync(query.Id, cancellationToken);
}
