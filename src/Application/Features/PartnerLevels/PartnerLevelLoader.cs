using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PartnerLevels;

/// <summary>Loads levels for a change and checks the rules their writes share.</summary>
public sealed class PartnerLevelLoader(IApplicationDbContext db)
{
    public Task EnsureTypeExistsAsync(Guid typeId, CancellationToken cancellationToken) =>
        db.PartnerTypes.Where(t => t.Id == typeId).Select(t => t.Id).FirstOr404Async("Partner type", typeId, cancellationToken);

    /// <summary>Level names and numbers are unique within their partner type.</summary>
    public async Task EnsureUniqueAsync(Guid typeId, Guid? exceptId, IPartnerLevelFields fields, CancellationToken cancellationToken)
    {
        var siblings = db.PartnerLevels.Where(l => l.PartnerTypeId == typeId && l.Id != exceptId);
        var name = fields.Name.Trim();
        var key = NameKey.Of(name);
        await siblings.EnsureNoneAsync(l => l.NormalizedName == key, ProblemCodes.DuplicateName, $"This partner type already has a level named {name}.", cancellationToken);
        await siblings.EnsureNoneAsync(
            l => fields.Number != null && l.Number == fields.Number, ProblemCodes.DuplicateLevelNumber, $"This partner type already has a level number {fields.Number}.", cancellationToken);
    }

    /// <summary>How many levels the type has (the next level is number count + 1).</summary>
    public Task<int> CountLevelsAsync(Guid typeId, CancellationToken cancellationToken) =>
        db.PartnerLevels.CountAsync(l => l.PartnerTypeId == typeId, cancellationToken);

    /// <summary>D1: the top level of its type has no target requirement.</summary>
    public async Task<bool> IsTopLevelAsync(PartnerLevel level, CancellationToken cancellationToken) =>
        !await db.PartnerLevels.AnyAsync(l => l.PartnerTypeId == level.PartnerTypeId && l.Number > level.Number, cancellationToken);

    /// <summary>The level with its parameters, tracked for a change; <paramref name="key"/> names it in the 404.</summary>
    public Task<PartnerLevel> LoadWithParametersAsync(IQueryable<PartnerLevel> query, Guid key, CancellationToken cancellationToken) =>
        query.Include(l => l.Parameters).FirstOr404Async("Level parameter or level", key, cancellationToken);

    public Task<PartnerLevel> LoadByParameterAsync(Guid parameterId, CancellationToken cancellationToken) =>
        LoadWithParametersAsync(db.PartnerLevels.Where(l => l.Parameters.Any(p => p.Id == parameterId)), parameterId, cancellationToken);

    public Task<ParameterCategory> FindCategoryAsync(Guid id, CancellationToken cancellationToken) =>
        db.ParameterCategories.Where(c => c.Id == id).FirstOr404Async("Parameter category", id, cancellationToken);

    /// <summary>
    /// The typed value of the fields; a price-list value references an existing Base or Level list (404 otherwise, and
    /// <c>price_list_personal</c> for a partner's personal list) and carries its name.
    /// </summary>
    public async Task<ParameterValue> ValueOfAsync(ILevelParameterFields f, CancellationToken cancellationToken)
    {
        if (f.ValueType != ParameterValueType.PriceList)
        {
            return ParameterValue.Of(f.ValueType, f.NumberValue, f.TextValue, f.BoolValue);
        }

        var id = f.PriceListId ?? throw new DomainRuleException(ProblemCodes.ValueRequired, "Choose a price list.");
        var list = await db.PriceLists.Where(l => l.Id == id).Select(l => new { l.Name, l.Kind }).FirstOr404Async("Price list", id, cancellationToken);
        if (list.Kind == PriceListKind.Personal)
        {
            throw new DomainRuleException(
                ProblemCodes.PriceListPersonal, $"{list.Name} is a partner's personal list; a level's benefit references a base or level price list.");
        }

        return ParameterValue.OfPriceList(id, list.Name);
    }
}
