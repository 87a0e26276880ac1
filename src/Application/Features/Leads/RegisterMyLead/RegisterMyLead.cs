using Mediator;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.RegisterMyLead;

/// <summary>
/// W4: a partner user registers a lead of their own. The sales channel is Partner sale, the partner is the caller's
/// account and the owner the caller, both from the scope, never from the body (invariant 13). The customer is given as
/// free text (partners do not see the vendor's customer list, ADR-008).
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record RegisterMyLeadCommand(
    string? CompanyName,
    string? ContactName,
    string? ContactEmail,
    [property: MultiLine] string Need,
    decimal Budget,
    string? Source,
    string? Region) : ICommand<LeadDto>, IPortalRequest, ILeadFields;

public sealed class RegisterMyLeadHandler(IApplicationDbContext db, PartnerScope scope, LeadStore store, LeadReader reader, IOptions<AppOptions> app)
    : ICommandHandler<RegisterMyLeadCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(RegisterMyLeadCommand command, CancellationToken cancellationToken)
    {
        var lead = Lead.RegisterByPartner(LeadFields.Details(command), scope.AccountId!.Value, scope.PortalUserId!.Value, app.Value.Currency, store.Actor());
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(lead.Id, cancellationToken);
    }
}
