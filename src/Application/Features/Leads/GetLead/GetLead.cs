using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Leads.GetLead;

/// <summary>One lead with its offer timeline, its routing explanations ("why this partner") and its history.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record GetLeadQuery(Guid Id) : IQuery<LeadDto>;

public sealed class GetLeadHandler(LeadReader reader) : IQueryHandler<GetLeadQuery, LeadDto>
{
    public async ValueTask<LeadDto> Handle(GetLeadQuery query, CancellationToken cancellationToken) => await reader.GetAsync(query.Id, cancellationToken);
}
