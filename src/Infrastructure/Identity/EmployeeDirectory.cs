using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Identity;

internal sealed class EmployeeDirectory(ApplicationDbContext db) : IEmployeeDirectory
{
    public async Task<Paged<EmployeeDto>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var employees = Employees();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().ToLower()}%";
            employees = employees.Where(u => EF.Functions.Like(u.DisplayName.ToLower(), pattern) || EF.Functions.Like(u.Email!.ToLower(), pattern));
        }

        return await employees.OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new EmployeeDto(u.Id, u.DisplayName, u.Email ?? string.Empty))
            .ToPagedAsync(page, pageSize, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await Employees().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

    public Task<EmployeeDto?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Employees().Where(u => u.Id == id).Select(u => new EmployeeDto(u.Id, u.DisplayName, u.Email ?? string.Empty)).FirstOrDefaultAsync(cancellationToken);

    // Employees are the users holding a staff role; portal users (next issue) will hold none of them.
    private IQueryable<ApplicationUser> Employees() =>
        from u in db.Users.AsNoTracking()
        where db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && Roles.Employees.Contains(r.Name!)))
        select u;
}
