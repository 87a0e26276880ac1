using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Application.Features.Leads;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Application.Features.EmailActions.PerformEmailAction;

/// <summary>
/// Does what an act-from-e-mail link says (section 6 item 6) as the person it was sent to, without signing in: accept
/// the offer, or decline it with a reason. The person must still be an active portal user of the partner, and the
/// action runs inside that partner's scope exactly as on the portal. The link works once and until the offer's
/// deadline; a used or expired link, or an offer already answered, changes nothing (409).
/// </summary>
[AllowAnonymous]
public sealed record PerformEmailActionCommand([property: MultiLine] string? Reason = null) : ICommand<EmailActionDto>
{
    [JsonIgnore]
    public string Token { get; init; } = string.Empty;
}

public sealed class PerformEmailActionHandler(
    IApplicationDbContext db, EmailActionLinks links, PartnerScope scope, LeadOfferAnswers answers, TimeProvider clock)
    : ICommandHandler<PerformEmailActionCommand, EmailActionDto>
{
    public async ValueTask<EmailActionDto> Handle(PerformEmailActionCommand command, CancellationToken cancellationToken)
    {
        var link = await links.FindAsync(command.Token, cancellationToken);
        var described = await links.DescribeAsync(link, cancellationToken); // before: a declined lead is out of reach after
        var now = clock.GetUtcNow().UtcDateTime;
        link.Use(now);

        var member = await (from u in db.PortalUsers
                            join o in db.PortalOrganizations on u.OrganizationId equals o.Id
                            join c in db.Contacts on u.ContactId equals c.Id
                            where u.Id == link.RecipientId && u.IsActive && o.IsInPartnerPortalUsersRole && o.AccountId == link.AccountId
                            select new { o.AccountId, u.OrganizationId, u.IsOrganizationAdmin, c.Name })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException(ProblemCodes.UserInactive, "Your portal access has ended; nothing was changed.", isConflict: true);
        scope.Enter(member.AccountId, member.OrganizationId, link.RecipientId, member.IsOrganizationAdmin);

        var leadId = await db.LeadOffers.Where(o => o.Id == link.SubjectId).Select(o => o.LeadId).FirstOr404Async("Link", "for this address", cancellationToken);
        var actor = new LeadActor(link.RecipientId, $"{member.Name} (from e-mail)", true, now);
        _ = link.Action switch
        {
            EmailAction.AcceptLeadOffer => await answers.AcceptAsync(leadId, actor, cancellationToken),
            EmailAction.DeclineLeadOffer => await answers.DeclineAsync(leadId, command.Reason ?? string.Empty, actor, cancellationToken),
            _ => throw new DomainRuleException(ProblemCodes.EmailActionUsed, "This link does nothing any more.", isConflict: true),
        };
        await db.SaveChangesAsync(cancellationToken);
        return described with { State = EmailActionState.Used };
    }
}
