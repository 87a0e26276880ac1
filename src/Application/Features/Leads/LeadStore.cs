using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Leads;

/// <summary>
/// The write side the lead use cases share: loading a lead with its offers for a change (inside the partner scope for
/// portal users, so a lead the partner no longer reaches is a 404), who acts, the deadline of a new offer, and the
/// checks of the partner, owner and customer a lead points at.
/// </summary>
public sealed class LeadStore(IApplicationDbContext db, ICurrentUser user, PartnerScope scope, TimeProvider clock, PartnerOwners owners)
{
    public LeadActor Actor() => new(scope.IsPortal ? scope.PortalUserId : user.Id, user.DisplayName, scope.IsPortal, clock.GetUtcNow().UtcDateTime);

    public Task<Lead> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Leads.Include(l => l.Offers).Where(l => l.Id == id).FirstOr404Async("Lead", id, cancellationToken);

    /// <summary>A lead is offered only to a partner account with an active partnership (422 <c>lead_partner_invalid</c>).</summary>
    public async Task EnsurePartnerAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var active = await (from a in db.Accounts
                            join p in db.Partnerships on a.Id equals p.AccountId
                            where a.Id == accountId && a.Type == AccountType.Partner && p.IsActive
                            select a.Id).AnyAsync(cancellationToken);
        if (!active)
        {
            throw new DomainRuleException(ProblemCodes.LeadPartnerInvalid, "The partner must be a partner account with an active partnership.");
        }
    }

    /// <summary>The owner must be an active portal user of the partner's organization (422 <c>lead_owner_invalid</c>, invariant 13).</summary>
    public async Task EnsureOwnerAsync(Guid? ownerId, Guid accountId, CancellationToken cancellationToken)
    {
        if (ownerId is { } id && !await owners.MayOwnAsync(id, accountId, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.LeadOwnerInvalid, "The owner must be an active portal user of the partner's organization.");
        }
    }

    /// <summary>
    /// The customer is a customer account (never a partner or our company) and the contact one of no account or of a
    /// customer account (422 <c>lead_customer_invalid</c>). Returns the details with the records' names filled in
    /// where the free text is empty, so e-mails and lists name the customer.
    /// </summary>
    public async Task<LeadDetails> CheckCustomerAsync(LeadDetails details, CancellationToken cancellationToken)
    {
        if (details.CustomerAccountId is { } accountId)
        {
            var name = await db.Accounts.Where(a => a.Id == accountId && a.Type == AccountType.Customer).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken)
                ?? throw new DomainRuleException(ProblemCodes.LeadCustomerInvalid, "The customer must be a customer account.");
            details = details with { CompanyName = string.IsNullOrWhiteSpace(details.CompanyName) ? name : details.CompanyName };
        }

        if (details.ContactId is { } contactId)
        {
            var contact = await (from c in db.Contacts
                                 where c.Id == contactId
                                       && (c.AccountId == null || db.Accounts.Any(a => a.Id == c.AccountId && a.Type == AccountType.Customer))
                                 select new { c.Name, c.Email }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new DomainRuleException(ProblemCodes.LeadCustomerInvalid, "The contact must be a customer's contact.");
            details = details with
            {
                ContactName = string.IsNullOrWhiteSpace(details.ContactName) ? contact.Name : details.ContactName,
                ContactEmail = string.IsNullOrWhiteSpace(details.ContactEmail) ? contact.Email : details.ContactEmail,
            };
        }

        return details;
    }

    /// <summary>The partner's open offer of the lead, or 404 (the lead is only visible through it).</summary>
    public LeadOffer MyOpenOffer(Lead lead) =>
        lead.Offers.FirstOrDefault(o => o.AccountId == scope.AccountId && o.State == LeadOfferState.Open)
        ?? throw new DomainRuleException(ProblemCodes.LeadOfferInvalid, "You have no open offer for this lead.", isConflict: true);

    /// <summary>
    /// Moves the lead along its status flow (the domain's rules); qualifying converts it into an opportunity
    /// (W4 step 5). The one implementation behind the holder's change on the portal and an employee's in the back-office.
    /// </summary>
    public void ChangeStatus(Lead lead, LeadStatus to, string? reason)
    {
        var actor = Actor();
        lead.ChangeStatus(to, reason, actor);
        if (lead.Status == LeadStatus.Qualified)
        {
            var opportunity = Opportunity.FromLead(lead, new OpportunityActor(actor.Id, actor.Name, actor.IsPartner, actor.At));
            db.Opportunities.Add(opportunity);
            lead.LinkOpportunity(opportunity.Id);
        }
    }

    /// <summary>
    /// Employees work only the leads the vendor works itself: one a partner holds, or is offered, is the partner's to
    /// work (422 <c>lead_worked_by_partner</c>).
    /// </summary>
    public static void EnsureWorkedByVendor(Lead lead)
    {
        if (lead.AccountId is not null || lead.OpenOffer is not null)
        {
            throw new DomainRuleException(
                ProblemCodes.LeadWorkedByPartner,
                lead.AccountId is not null ? "A partner holds this lead; the partner works it." : "The lead is offered to a partner; withdraw the offer to work it.");
        }
    }

    /// <summary>Only the holder works a lead (422 <c>lead_not_held</c>: e.g. while the offer is not accepted yet).</summary>
    public void EnsureHeld(Lead lead)
    {
        if (lead.AccountId != scope.AccountId)
        {
            throw new DomainRuleException(ProblemCodes.LeadNotHeld, "Accept the offer before working the lead.");
        }
    }
}
