using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities;

/// <summary>
/// The write side the opportunity use cases share: who acts, loading one for a change (inside the partner scope for
/// portal users, so another partner's opportunity is a 404), and the checks of the partner, owner and customer it names.
/// </summary>
public sealed class OpportunityStore(
    IApplicationDbContext db, ICurrentUser user, PartnerScope scope, TimeProvider clock, PartnerOwners owners, IEmployeeDirectory employees)
{
    public OpportunityActor Actor() => new(scope.IsPortal ? scope.PortalUserId : user.Id, user.DisplayName, scope.IsPortal, clock.GetUtcNow().UtcDateTime);

    public Task<Opportunity> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Opportunities.Where(o => o.Id == id).FirstOr404Async("Opportunity", id, cancellationToken);

    /// <summary>
    /// The partner is a partner account (422 <c>opportunity_partner_invalid</c>); the owner one of its active portal users
    /// or an employee (422 <c>opportunity_owner_invalid</c>, invariant 13). Null partner: the vendor's own opportunity.
    /// </summary>
    public async Task EnsurePartyAsync(Guid? partnerAccountId, Guid? ownerId, Guid? employeeOwnerId, CancellationToken cancellationToken)
    {
        if (partnerAccountId is { } accountId
            && !await db.Accounts.AnyAsync(a => a.Id == accountId && a.Type == AccountType.Partner, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.OpportunityPartnerInvalid, "The partner must be a partner account.");
        }

        if (ownerId is { } owner && (partnerAccountId is null || !await owners.MayOwnAsync(owner, partnerAccountId.Value, cancellationToken)))
        {
            throw new DomainRuleException(ProblemCodes.OpportunityOwnerInvalid, "The owner must be an active portal user of the partner's organization.");
        }

        if (employeeOwnerId is { } employee && await employees.FindAsync(employee, cancellationToken) is null)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityOwnerInvalid, "The owner must be an employee.");
        }
    }

    /// <summary>The customer: a customer account (its name where no text is given) and/or free text (422 <c>opportunity_customer_invalid</c>).</summary>
    public async Task<(Guid? AccountId, string Name)> CustomerAsync(Guid? customerAccountId, string? customer, CancellationToken cancellationToken)
    {
        if (customerAccountId is { } accountId)
        {
            var name = await db.Accounts.Where(a => a.Id == accountId && a.Type == AccountType.Customer).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken)
                ?? throw new DomainRuleException(ProblemCodes.OpportunityCustomerInvalid, "The customer must be a customer account.");
            return (accountId, string.IsNullOrWhiteSpace(customer) ? name : customer);
        }

        return string.IsNullOrWhiteSpace(customer)
            ? throw new DomainRuleException(ProblemCodes.OpportunityCustomerInvalid, "Name the customer: a customer account or a name.")
            : (null, customer);
    }
}
