using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Common.Persistence;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Funds;

/// <summary>
/// W2.3: a partnership whose own benefit rows hold a marketing-fund % (metric <see cref="MetricCode.MarketingFundPercent"/>)
/// has a marketing fund — opened, with balance 0, when the partnership is created or its level changes (promotion,
/// override, re-apply), in the same transaction. Reads the partnership's copy of its benefits (D16), never the level.
/// A fund is never closed by a later level without the benefit: its entries and balance stay.
/// </summary>
public sealed class MarketingFundOpener(IApplicationDbContext db, TimeProvider clock, IOptions<AppOptions> app) : DomainEventHandler<PartnershipLevelApplied>
{
    protected override async Task Handle(PartnershipLevelApplied applied, CancellationToken cancellationToken)
    {
        if (applied.BenefitCategoryIds.Count == 0)
        {
            return;
        }

        var ids = applied.BenefitCategoryIds;
        var grantsFund = db.ParameterCategories.Tracked(db).Any(c => ids.Contains(c.Id) && c.Metric == MetricCode.MarketingFundPercent)
            || await db.ParameterCategories.AnyAsync(c => ids.Contains(c.Id) && c.Metric == MetricCode.MarketingFundPercent, cancellationToken);
        if (!grantsFund)
        {
            return;
        }

        var type = await db.FundTypes.FirstOrDefaultAsync(t => t.Code == FundType.MarketingCode, cancellationToken);
        if (type is null
            || db.Funds.Tracked(db).Any(f => f.PartnershipId == applied.PartnershipId && f.FundTypeId == type.Id)
            || await db.Funds.AnyAsync(f => f.PartnershipId == applied.PartnershipId && f.FundTypeId == type.Id, cancellationToken))
        {
            return;
        }

        db.Funds.Add(Fund.Open(applied.PartnershipId, applied.AccountId, type, app.Value.Currency, clock.GetUtcNow().UtcDateTime));
    }
}
