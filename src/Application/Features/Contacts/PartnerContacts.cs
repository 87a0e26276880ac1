using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Contacts;

/// <summary>The check of records kept per contact of a partner (trainings, certificates): the account is a partner and the contact is one of its own.</summary>
public sealed class PartnerContacts(IApplicationDbContext db)
{
    /// <summary>404 for an unknown account, 422 <c>account_not_partner</c>, 422 <c>contact_of_other_account</c> for a contact of another account (or none).</summary>
    public async Task EnsureAsync(Guid accountId, Guid contactId, CancellationToken cancellationToken)
    {
        var type = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Type).FirstOr404Async("Account", accountId, cancellationToken);
        if (type != AccountType.Partner)
        {
            throw new DomainRuleException(ProblemCodes.AccountNotPartner, "Trainings and certificates are kept for partner accounts only.");
        }

        if (!await db.Contacts.AnyAsync(c => c.Id == contactId && c.AccountId == accountId, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.ContactOfOtherAccount, "The contact must be a contact of the partner account.");
        }
    }
}
