using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Application.Features.Notifications;

/// <summary>
/// The signed-in person's own notifications: the partner isolation filter already confines a portal user to their
/// partner's rows; this picks the person's among them (and an employee's among the vendor's). Integration clients have
/// no person, hence none.
/// </summary>
public sealed class MyNotifications(IApplicationDbContext db, ICurrentUser user)
{
    public IQueryable<Notification> Query()
    {
        var me = user.Id ?? throw new ForbiddenAccessException("Notifications belong to a signed-in person.");
        return db.Notifications.Where(n => n.RecipientId == me);
    }
}
