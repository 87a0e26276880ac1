using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Leads.WithdrawLeadOffer;

/// <summary>An employee takes the lead's open offer back (optional reason); the partner's access ends, the vendor holds the lead again.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record WithdrawLeadOfferCommand([property: MultiLine] string? Reason = null) : ICommand<LeadDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class WithdrawLeadOfferHandler(IApplicationDbContext db, LeadStore store, LeadReader reader) : ICommandHandler<WithdrawLeadOfferCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(WithdrawLeadOfferCommand command, CancellationToken cancellationToken)
    {
        var lead = await store.LoadAsync(command.Id, cancellationToken);
        var offer = lead.OpenOffer ?? throw new DomainRuleException(ProblemCodes.LeadOfferInvalid, "The lead has no open offer.", isConflict: true);
        lead.Withdraw(offer.Id, command.Reason, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(lead.Id, cancellationToken);
    }
}
