using Mediator;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.CreateLead;

/// <summary>
/// An employee creates a lead: the customer as a customer account and/or contact of the CRM or as free text, the need,
/// the budget, source and region. The vendor holds it (Direct) until it is passed to a partner; with
/// <see cref="Route"/> it is routed automatically at once.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record CreateLeadCommand(
    Guid? CustomerAccountId,
    Guid? ContactId,
    string? CompanyName,
    string? ContactName,
    string? ContactEmail,
    [property: MultiLine] string Need,
    decimal Budget,
    string? Source,
    string? Region,
    bool Route = false) : ICommand<LeadDto>, ILeadFields;

public sealed class CreateLeadHandler(IApplicationDbContext db, LeadStore store, LeadRouter router, LeadReader reader, IOptions<AppOptions> app)
    : ICommandHandler<CreateLeadCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(CreateLeadCommand command, CancellationToken cancellationToken)
    {
        var details = await store.CheckCustomerAsync(LeadFields.Details(command, command.CustomerAccountId, command.ContactId), cancellationToken);
        var actor = store.Actor();
        var lead = Lead.Create(details, app.Value.Currency, actor);
        db.Leads.Add(lead);
        if (command.Route)
        {
            await router.RouteAsync(lead, "Created", actor, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(lead.Id, cancellationToken);
    }
}
