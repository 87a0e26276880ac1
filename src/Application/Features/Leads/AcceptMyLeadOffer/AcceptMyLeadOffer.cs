using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Leads.AcceptMyLeadOffer;

/// <summary>
/// The partner accepts its open offer of the lead: it becomes the holder (Partner sale), the owner is the one the
/// employee chose or the user accepting; the lead's creator is e-mailed.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record AcceptMyLeadOfferCommand(Guid Id) : ICommand<LeadDto>, IPortalRequest;

public sealed class AcceptMyLeadOfferHandler(IApplicationDbContext db, LeadStore store, LeadOfferAnswers answers, LeadReader reader)
    : ICommandHandler<AcceptMyLeadOfferCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(AcceptMyLeadOfferCommand command, CancellationToken cancellationToken)
    {
        var lead = await answers.AcceptAsync(command.Id, store.Actor(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(lead.Id, cancellationToken);
    }
}
