using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Leads.DeclineMyLeadOffer;

/// <summary>
/// The partner declines its open offer with a reason. Its access to the lead ends at once (the lead is then a 404 for
/// it), the lead is re-offered to the next eligible partner in the same transaction, and the creator is e-mailed.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record DeclineMyLeadOfferCommand([property: MultiLine] string Reason) : ICommand, IPortalRequest
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class DeclineMyLeadOfferHandler(IApplicationDbContext db, LeadStore store, LeadOfferAnswers answers) : ICommandHandler<DeclineMyLeadOfferCommand>
{
    public async ValueTask<Unit> Handle(DeclineMyLeadOfferCommand command, CancellationToken cancellationToken)
    {
        await answers.DeclineAsync(command.Id, command.Reason, store.Actor(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
