using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.ChangeLeadStatus;

/// <summary>
/// An employee works a lead the vendor works itself (no partner holds it, none is offered it): the same flow as the
/// portal's — New → Working → Qualified / Disqualified (with a reason), New → Disqualified; qualifying creates the
/// opportunity stub. A lead held by or offered to a partner is the partner's to work: 422 <c>lead_worked_by_partner</c>.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record ChangeLeadStatusCommand(LeadStatus Status, [property: MultiLine] string? Reason = null) : ICommand<LeadDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ChangeLeadStatusHandler(IApplicationDbContext db, LeadStore store, LeadReader reader) : ICommandHandler<ChangeLeadStatusCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(ChangeLeadStatusCommand command, CancellationToken cancellationToken)
    {
        var lead = await store.LoadAsync(command.Id, cancellationToken);
        LeadStore.EnsureWorkedByVendor(lead);
        store.ChangeStatus(lead, command.Status, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(lead.Id, cancellationToken);
    }
}
