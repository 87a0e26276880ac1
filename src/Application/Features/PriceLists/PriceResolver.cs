using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PriceLists;

/// <summary>
/// The one place a partner's price is decided (DOMAIN W6.4, issue 10): the account's personal list → the list its
/// active partnership's own Price list benefit references (else its level's list) → the base list → the product's own price; the first that prices the product wins, and
/// the answer says which. The default line discount is the Margin benefit as the active partnership's OWN Benefit row
/// holds it (D6; D16: a level template's later edits reach partnerships only by re-apply). Orders call this.
/// </summary>
public sealed class PriceResolver(IApplicationDbContext db, IOptions<AppOptions> app)
{
    public async Task<PriceResolutionDto> ResolveAsync(Guid accountId, Guid productId, CancellationToken cancellationToken)
    {
        await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Id).FirstOr404Async("Account", accountId, cancellationToken);
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.Id, p.Code, p.BasePriceMinor, p.IsActive }).FirstOr404Async("Product", productId, cancellationToken);
        if (!product.IsActive)
        {
            throw new DomainRuleException(ProblemCodes.ProductInactive, $"{product.Code} is inactive and has no price.");
        }

        var partnership = await db.Partnerships.AsNoTracking().Where(p => p.AccountId == accountId && p.IsActive)
            .Select(p => new { p.Id, p.PartnerLevelId }).FirstOrDefaultAsync(cancellationToken);
        var benefits = partnership is null ? [] : await (
                from pp in db.PartnershipParameters
                join c in db.ParameterCategories on pp.CategoryId equals c.Id
                where pp.PartnershipId == partnership.Id && pp.Kind == ParameterKind.Benefit
                      && (c.Metric == MetricCode.Margin || c.Metric == MetricCode.PriceList)
                select new { c.Metric, pp.Value.Number, pp.Value.PriceListId })
            .ToListAsync(cancellationToken);
        var margin = benefits.Where(b => b.Metric == MetricCode.Margin).Max(b => b.Number);

        // The level step: the list the partnership's own Price list benefit references (D16: a template edit reaches it
        // only by re-apply); without such a row, the level's list as before issue 10.
        var levelListId = benefits.Where(b => b.Metric == MetricCode.PriceList).Select(b => b.PriceListId).FirstOrDefault(id => id is not null);
        string[] scopes =
        [
            PriceList.ScopeKeyOf(PriceListKind.Personal, null, accountId),
            .. partnership is null || levelListId is not null
                ? Array.Empty<string>()
                : [PriceList.ScopeKeyOf(PriceListKind.Level, partnership.PartnerLevelId, null)],
            PriceList.ScopeKeyOf(PriceListKind.Base, null, null),
        ];
        var priced = await (from l in db.PriceLists.AsNoTracking()
                            join line in db.PriceListLines on l.Id equals line.PriceListId
                            where (scopes.Contains(l.ScopeKey) || l.Id == levelListId) && line.ProductId == productId
                            select new { l.Id, l.Name, l.Kind, line.PriceMinor })
            .ToListAsync(cancellationToken);
        var ranked = priced
            .Select(p => (Price: p, Source: p.Kind == PriceListKind.Personal ? PriceSource.PersonalList
                : p.Id == levelListId || p.Kind == PriceListKind.Level ? PriceSource.LevelList
                : PriceSource.BaseList))
            .OrderBy(p => p.Source switch { PriceSource.PersonalList => 0, PriceSource.LevelList => 1, _ => 2 })
            .FirstOrDefault();
        var first = ranked.Price;
        var source = first is null ? PriceSource.ProductPrice : ranked.Source;
        return new PriceResolutionDto(
            accountId, product.Id, product.Code, first?.PriceMinor ?? product.BasePriceMinor, app.Value.Currency, source, first?.Id, first?.Name,
            partnership?.Id, partnership?.PartnerLevelId, margin);
    }
}
