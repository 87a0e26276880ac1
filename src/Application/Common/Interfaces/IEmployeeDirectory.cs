namespace PartnerPortal.Application.Common.Interfaces;

public sealed record EmployeeDto(Guid Id, string DisplayName, string Email);

/// <summary>The vendor's employees (signed-in staff), kept by the identity store.</summary>
public interface IEmployeeDirectory
{
    Task<IReadOnlyList<EmployeeDto>> ListAsync(CancellationToken cancellationToken);

    Task<EmployeeDto?> FindAsync(Guid id, CancellationToken cancellationToken);
}
