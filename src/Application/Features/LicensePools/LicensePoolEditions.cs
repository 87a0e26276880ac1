using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.LicensePools;

/// <summary>Edition names are unique per licence kind, trimmed and ignoring case.</summary>
public sealed class LicensePoolEditions(IApplicationDbContext db)
{
    public Task EnsureUniqueAsync(LicenseKind kind, string edition, Guid? exceptId, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(edition);
        return db.LicensePools.EnsureNoneAsync(
            p => p.Kind == kind && p.NormalizedEdition == key && p.Id != exceptId, ProblemCodes.DuplicateName,
            $"A licence pool of edition {edition.Trim()} already exists; change its seats instead.", cancellationToken);
    }
}
