using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Identity;

internal sealed class EmployeeDirectory(ApplicationDbContext db) : IEmployeeDirectory
{
    public async Task<IReadOnlyList<EmployeeDto>> ListAsync(CancellationToken cancellationToken) =>
        await Employees().OrderBy(u => u.DisplayName)
            .Select(u => new EmployeeDto(u.Id, u.DisplayName, u.Email ?? string.Empty))
            .ToListAsync(cancellationToken);

    public Task<EmployeeDto?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Employees().Where(u => u.Id == id).Select(u => new EmployeeDto(u.Id, u.DisplayName, u.Email ?? string.Empty)).FirstOrDefaultAsync(cancellationToken);

    // Employees are the users holding a staff role; portal users (next issue) will hold none of them.
    private IQueryable<ApplicationUser> Employees() =>
        from u in db.Users.AsNoTracking()
        where db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && Roles.Employees.Contains(r.Name!)))
        select u;
}
