using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities;

/// <summary>
/// The write side the activity use cases share: loading an activity for a change (inside the partner scope for portal
/// users, so another partner's activity is a 404), who acts, and the checks of the fund and owner an activity points at.
/// </summary>
public sealed class MarketingActivityStore(IApplicationDbContext db, ICurrentUser user, PartnerScope scope, TimeProvider clock, PartnerOwners owners)
{
    /// <summary>The ledger's source type of an activity's entries (D7).</summary>
    public const string SourceType = "MarketingActivity";

    public ActivityActor Actor() => new(user.DisplayName, scope.IsPortal, clock.GetUtcNow().UtcDateTime);

    public Task<MarketingActivity> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.MarketingActivities.Where(a => a.Id == id).FirstOr404Async("Marketing activity", id, cancellationToken);

    /// <summary>The owner must be an active portal user of the partner's own organization (422 <c>activity_owner_invalid</c>).</summary>
    public async Task EnsureOwnerAsync(Guid? ownerId, Guid accountId, CancellationToken cancellationToken)
    {
        if (ownerId is not { } id)
        {
            return;
        }

        if (!await owners.MayOwnAsync(id, accountId, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.ActivityOwnerInvalid, "The owner must be an active portal user of the partner's organization.");
        }
    }

    /// <summary>The fund must be one of the activity's partnership (422 <c>activity_fund_invalid</c>).</summary>
    public async Task EnsureFundAsync(Guid? fundId, Guid partnershipId, CancellationToken cancellationToken)
    {
        if (fundId is { } id && !await db.Funds.AnyAsync(f => f.Id == id && f.PartnershipId == partnershipId, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.ActivityFundInvalid, "The fund must be one of the activity's partnership.");
        }
    }

    /// <summary>The ledger source of the activity's entries: the ledger finds them by it to reverse them (D7).</summary>
    public EntrySource Source(Guid activityId) => new(SourceType, activityId);
}
