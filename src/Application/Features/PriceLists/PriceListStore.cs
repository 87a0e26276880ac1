using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Products;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PriceLists;

/// <summary>Reads price lists as DTOs and checks the rules their writes share (one list per scope, unique names).</summary>
public sealed class PriceListStore(IApplicationDbContext db, IOptions<AppOptions> app)
{
    public Task<KeysetPage<PriceListDto>> ListAsync(PriceListFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var lists = db.PriceLists.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            lists = lists.Where(l => l.Kind == kind);
        }

        if (filter.PartnerLevelId is { } level)
        {
            lists = lists.Where(l => l.PartnerLevelId == level);
        }

        if (filter.AccountId is { } account)
        {
            lists = lists.Where(l => l.AccountId == account);
        }

        if (PrefixSearch.Range(filter.Search) is var (from, to))
        {
            lists = lists.Where(l => l.NormalizedName.CompareTo(from) >= 0 && l.NormalizedName.CompareTo(to) < 0);
        }

        return lists.ToKeysetPageAsync("name", l => l.NormalizedName, l => l.Id, false, cursor, limit, Row(), r => NameKey.Of(r.Name), r => r.Id, cancellationToken);
    }

    /// <summary>Issue 10: a list that a level's or a partnership's Price list benefit references is not deleted (409).</summary>
    public async Task EnsureNotReferencedAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.LevelParameters.AnyAsync(p => p.Value.PriceListId == id, cancellationToken)
            || await db.PartnershipParameters.AnyAsync(p => p.Value.PriceListId == id, cancellationToken))
        {
            throw new DomainRuleException(
                ProblemCodes.PriceListInUse,
                "A level's or a partnership's Price list benefit references this list: point those benefits to another list first (and re-apply the level).",
                isConflict: true);
        }
    }

    /// <summary>The benefits that reference a renamed list show its new name (history keeps the name it had).</summary>
    public async Task RenameReferencesAsync(Guid id, string name, CancellationToken cancellationToken)
    {
        foreach (var parameter in await db.LevelParameters.Where(p => p.Value.PriceListId == id).ToListAsync(cancellationToken))
        {
            parameter.ReplacePriceListValue(parameter.Value.Renamed(name));
        }

        foreach (var parameter in await db.PartnershipParameters.Where(p => p.Value.PriceListId == id).ToListAsync(cancellationToken))
        {
            parameter.ReplacePriceListValue(parameter.Value.Renamed(name));
        }
    }

    public async Task<PriceListDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var list = await db.PriceLists.AsNoTracking().Where(l => l.Id == id).Select(Row()).FirstOr404Async("Price list", id, cancellationToken);
        var lines = await (from line in db.PriceListLines.AsNoTracking()
                           join p in db.Products on line.ProductId equals p.Id
                           where line.PriceListId == id
                           orderby p.Code
                           select new PriceListLineDto(p.Id, p.Code, p.Name, p.Unit, p.IsActive, line.PriceMinor))
            .ToListAsync(cancellationToken);
        return new PriceListDetailDto(list, app.Value.Currency, lines);
    }

    /// <summary>The list with its lines, tracked, for a change.</summary>
    public Task<PriceList> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.PriceLists.Include(l => l.Lines).Where(l => l.Id == id).FirstOr404Async("Price list", id, cancellationToken);

    /// <summary>
    /// A level list's level must exist (404), a personal list's account must exist (404) and be a partner (422
    /// <c>price_list_scope_invalid</c>); the scope must not have its list yet (409 <c>price_list_exists</c>).
    /// </summary>
    public async Task EnsureScopeAsync(PriceListKind kind, Guid? partnerLevelId, Guid? accountId, CancellationToken cancellationToken)
    {
        if (partnerLevelId is { } levelId)
        {
            await db.PartnerLevels.Where(l => l.Id == levelId).Select(l => l.Id).FirstOr404Async("Partner level", levelId, cancellationToken);
        }

        if (accountId is { } id)
        {
            var type = await db.Accounts.Where(a => a.Id == id).Select(a => a.Type).FirstOr404Async("Account", id, cancellationToken);
            if (type != AccountType.Partner)
            {
                throw new DomainRuleException(ProblemCodes.PriceListScopeInvalid, "A personal price list belongs to a partner account.");
            }
        }

        var scope = PriceList.ScopeKeyOf(kind, partnerLevelId, accountId);
        await db.PriceLists.EnsureNoneAsync(
            l => l.ScopeKey == scope, ProblemCodes.PriceListExists,
            kind switch
            {
                PriceListKind.Level => "This level has its price list already; change that one.",
                PriceListKind.Personal => "This account has its personal price list already; change that one.",
                _ => "There is a base price list already; change that one.",
            },
            cancellationToken);
    }

    public Task EnsureUniqueNameAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        return db.PriceLists.EnsureNoneAsync(
            l => l.NormalizedName == key && l.Id != exceptId, ProblemCodes.DuplicateName, $"A price list named {name.Trim()} already exists.", cancellationToken);
    }

    private Expression<Func<PriceList, PriceListDto>> Row() =>
        l => new PriceListDto(
            l.Id, l.Name, l.Kind, l.PartnerLevelId, db.PartnerLevels.Where(x => x.Id == l.PartnerLevelId).Select(x => x.Name).FirstOrDefault(),
            l.AccountId, db.Accounts.Where(a => a.Id == l.AccountId).Select(a => a.Name).FirstOrDefault(), l.Lines.Count);
}
