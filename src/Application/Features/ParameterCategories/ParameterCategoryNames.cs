using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.ParameterCategories;

/// <summary>The name check shared by creating and changing a parameter category.</summary>
public sealed class ParameterCategoryNames(IApplicationDbContext db)
{
    public Task EnsureUniqueAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        var key = NameKey.Of(name);
        return db.ParameterCategories.EnsureNoneAsync(
            x => x.NormalizedName == key && x.Id != exceptId, ProblemCodes.DuplicateName, $"A parameter category named {trimmed} already exists.", cancellationToken);
    }
}
