using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Common.Interfaces;

public sealed record EmployeeDto(Guid Id, string DisplayName, string Email);

/// <summary>The vendor's employees (signed-in staff), kept by the identity store.</summary>
public interface IEmployeeDirectory
{
    /// <summary>One page of employees by display name (then Id), optionally those whose name or e-mail contains <paramref name="search"/>.</summary>
    Task<Paged<EmployeeDto>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The display names of those of <paramref name="ids"/> who are employees.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<EmployeeDto?> FindAsync(Guid id, CancellationToken cancellationToken);
}
