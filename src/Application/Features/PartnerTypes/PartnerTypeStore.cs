using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.PartnerTypes;

/// <summary>Reads partner types as DTOs and checks the rules their writes share.</summary>
public sealed class PartnerTypeStore(IApplicationDbContext db)
{
    public IQueryable<PartnerTypeDto> Project(IQueryable<PartnerType> types) =>
        types.AsNoTracking().Select(t => new PartnerTypeDto(t.Id, t.Name, t.Description, db.PartnerLevels.Count(l => l.PartnerTypeId == t.Id)));

    public Task<PartnerTypeDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Project(db.PartnerTypes.Where(t => t.Id == id)).FirstOr404Async("Partner type", id, cancellationToken);

    public Task EnsureUniqueNameAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        var key = NameKey.Of(name);
        return db.PartnerTypes.EnsureNoneAsync(
            x => x.NormalizedName == key && x.Id != exceptId, ProblemCodes.DuplicateName, $"A partner type named {trimmed} already exists.", cancellationToken);
    }
}
