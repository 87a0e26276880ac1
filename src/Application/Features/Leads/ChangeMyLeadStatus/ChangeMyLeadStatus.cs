using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.ChangeMyLeadStatus;

/// <summary>
/// The holder works its lead: New → Working → Qualified / Disqualified (with a reason), New → Disqualified; other moves
/// are 422 <c>lead_status_invalid</c>. Qualifying converts the lead into an opportunity stub (W4 step 5).
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ChangeMyLeadStatusCommand(LeadStatus Status, [property: MultiLine] string? Reason = null) : ICommand<LeadDto>, IPortalRequest
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ChangeMyLeadStatusHandler(IApplicationDbContext db, LeadStore store, LeadReader reader) : ICommandHandler<ChangeMyLeadStatusCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(ChangeMyLeadStatusCommand command, CancellationToken cancellationToken)
    {
        var lead = await store.LoadAsync(command.Id, cancellationToken);
        store.EnsureHeld(lead);
        store.ChangeStatus(lead, command.Status, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(lead.Id, cancellationToken);
    }
}
