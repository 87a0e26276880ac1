using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Application.Features.Notifications;

/// <summary>
/// The vendor-side recipient of a partner's action: the partner account's owner, its partner manager (deal
/// registrations, marketing activities, orders). None when the account has no owner or the owner is no longer an employee.
/// </summary>
public sealed class VendorRecipients(IEmployeeDirectory employees)
{
    public async Task<IReadOnlyList<Recipient>> ManagerAsync(Guid? accountOwnerId, CancellationToken cancellationToken) =>
        accountOwnerId is { } id && await employees.FindAsync(id, cancellationToken) is { } manager ? [Recipient.Employee(manager)] : [];
}
