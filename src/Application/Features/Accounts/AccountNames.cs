using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Accounts;

/// <summary>Account names are unique, trimmed and ignoring case: users tell companies apart by name.</summary>
public sealed class AccountNames(IApplicationDbContext db)
{
    public Task EnsureUniqueAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        return db.Accounts.EnsureNoneAsync(
            a => a.NormalizedName == key && a.Id != exceptId, ProblemCodes.DuplicateName,
            $"An account named {name.Trim()} already exists (names are compared ignoring case); open it instead.", cancellationToken);
    }
}
