using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Application.Features.Accounts;

/// <summary>An account's owner (its partner manager) is an employee of the directory, not a row of this database.</summary>
public sealed class AccountOwners(IEmployeeDirectory employees)
{
    /// <summary>The names of the owners of these accounts (only those asked for, not the whole directory).</summary>
    public Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> ownerIds, CancellationToken cancellationToken) =>
        employees.NamesAsync([.. ownerIds.OfType<Guid>().Distinct()], cancellationToken);

    public static string? NameOf(IReadOnlyDictionary<Guid, string> names, Guid? id) =>
        id is { } key && names.TryGetValue(key, out var name) ? name : null;

    public async Task<AccountDto> ToDtoAsync(Account a, CancellationToken cancellationToken) =>
        new(a.Id, a.Name, a.Type, a.OwnerId, NameOf(await NamesAsync([a.OwnerId], cancellationToken), a.OwnerId), a.Website, a.Country, a.EmailDomain, a.Region, a.TaxId);

    public async Task EnsureExistsAsync(Guid? ownerId, CancellationToken cancellationToken)
    {
        if (ownerId is { } id && await employees.FindAsync(id, cancellationToken) is null)
        {
            throw new NotFoundException("Employee", id);
        }
    }
}
