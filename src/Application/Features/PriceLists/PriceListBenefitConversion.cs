using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PriceLists;

/// <summary>
/// Issue 10's data conversion, run at every start after the migrations (idempotent: it touches only Price list benefits
/// still holding free text). A level's or partnership's text is matched to a Base or Level price list by name (trimmed,
/// case-insensitive), otherwise to the level's own Level list; what still matches nothing keeps its text with no
/// reference. Partnership rows change through the aggregate, so their history closes the text entry and the event log
/// keeps the old text. Every start logs a warning that lists the benefits without a reference (the report).
/// </summary>
public sealed class PriceListBenefitConversion(IApplicationDbContext db, TimeProvider clock, ILogger<PriceListBenefitConversion> logger)
{
    public const string ChangedBy = "Price list conversion (issue 10)";

    public async Task<PriceListBenefitReport> RunAsync(CancellationToken cancellationToken)
    {
        var categories = await db.ParameterCategories.Where(c => c.Metric == MetricCode.PriceList).ToListAsync(cancellationToken);
        if (categories.Count == 0)
        {
            return new PriceListBenefitReport(0, 0, []);
        }

        var categoryIds = categories.Select(c => c.Id).ToList();
        foreach (var category in categories)
        {
            category.ConvertToPriceListReferences();
        }

        var lists = await db.PriceLists.AsNoTracking().Where(l => l.Kind != PriceListKind.Personal)
            .Select(l => new { l.Id, l.Name, l.NormalizedName, l.Kind, l.PartnerLevelId }).ToListAsync(cancellationToken);
        ParameterValue Convert(string? text, Guid levelId)
        {
            var key = NameKey.Of(text);
            var list = lists.FirstOrDefault(l => key.Length > 0 && l.NormalizedName == key)
                ?? lists.FirstOrDefault(l => l.Kind == PriceListKind.Level && l.PartnerLevelId == levelId);
            return list is null
                ? ParameterValue.UnmatchedPriceList(string.IsNullOrWhiteSpace(text) ? "(empty)" : text.Trim())
                : ParameterValue.OfPriceList(list.Id, list.Name);
        }

        var levelRows = await db.LevelParameters
            .Where(p => categoryIds.Contains(p.CategoryId) && p.Value.Type != ParameterValueType.PriceList)
            .ToListAsync(cancellationToken);
        foreach (var row in levelRows)
        {
            row.ReplacePriceListValue(Convert(row.Value.Text, row.LevelId));
        }

        var partnershipIds = await db.PartnershipParameters
            .Where(p => categoryIds.Contains(p.CategoryId) && p.Value.Type != ParameterValueType.PriceList)
            .Select(p => p.PartnershipId).Distinct().ToListAsync(cancellationToken);
        // Every start runs this; once converted there is nothing left to load or save.
        var partnerships = partnershipIds.Count == 0 ? [] : await db.Partnerships
            .Include(p => p.Parameters)
            .Include(p => p.History.Where(h => h.ValidTo == null))
            .Where(p => partnershipIds.Contains(p.Id))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var partnershipRows = 0;
        foreach (var partnership in partnerships)
        {
            foreach (var row in partnership.Parameters
                         .Where(p => categoryIds.Contains(p.CategoryId) && p.Value.Type != ParameterValueType.PriceList).ToList())
            {
                partnership.ConvertPriceListBenefit(row.Id, Convert(row.Value.Text, partnership.PartnerLevelId), now, ChangedBy);
                partnershipRows++;
            }
        }

        try
        {
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two instances started on one database at once: the other converted these partnerships first.
            logger.LogInformation("Price list benefits were converted by another instance at the same time");
            return new PriceListBenefitReport(0, 0, []);
        }

        var unmatched = await (
                from p in db.LevelParameters
                join l in db.PartnerLevels on p.LevelId equals l.Id
                where p.Value.Type == ParameterValueType.PriceList && p.Value.PriceListId == null
                select new { Owner = "level " + l.Name, p.Id, p.Value.Text })
            .ToListAsync(cancellationToken);
        unmatched.AddRange(await (
                from p in db.PartnershipParameters
                join s in db.Partnerships on p.PartnershipId equals s.Id
                where p.Value.Type == ParameterValueType.PriceList && p.Value.PriceListId == null
                select new { Owner = "partnership " + s.Name, p.Id, p.Value.Text })
            .ToListAsync(cancellationToken));
        var rows = unmatched.Select(u => $"{u.Owner} ({u.Id}): {u.Text}").ToList();
        if (levelRows.Count + partnershipRows > 0)
        {
            logger.LogInformation(
                "Price list benefits converted to price-list references: {LevelRows} level and {PartnershipRows} partnership rows",
                levelRows.Count, partnershipRows);
        }

        if (rows.Count > 0)
        {
            logger.LogWarning(
                "{Count} Price list benefits reference no price list (their old text matched none); choose their lists in the level editor and re-apply: {Rows}",
                rows.Count, string.Join("; ", rows));
        }

        return new PriceListBenefitReport(levelRows.Count, partnershipRows, rows);
    }
}

/// <summary>What one run converted, and the benefits that still reference no price list.</summary>
public sealed record PriceListBenefitReport(int LevelRows, int PartnershipRows, IReadOnlyList<string> Unmatched);
