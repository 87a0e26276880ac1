using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Infrastructure.Identity;

/// <summary>
/// Creates the first administrator of a real installation (<c>PartnerPortal.Api create-admin</c>): a production start
/// seeds no user, so no installation ever has a known password. Refuses when an administrator exists already, so the
/// command cannot be used to take over a running installation; the password must pass the sign-in password rules.
/// </summary>
public sealed class FirstAdmin(UserManager<ApplicationUser> users)
{
    public async Task<FirstAdminResult> CreateAsync(string email, string password, string? displayName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal))
        {
            return FirstAdminResult.Failed("Give the administrator's e-mail: --email admin@example.com");
        }

        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return FirstAdminResult.Failed("An administrator exists already; sign in as them and add employees in the application.");
        }

        if (await users.FindByEmailAsync(email.Trim()) is not null)
        {
            return FirstAdminResult.Failed($"{email.Trim()} has a login already.");
        }

        var user = new ApplicationUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? "Administrator" : displayName.Trim(),
        };

        // Checks the password rules (at least 10 characters, upper- and lower-case letters, a digit and a symbol).
        var created = await users.CreateAsync(user, password ?? string.Empty);
        if (!created.Succeeded)
        {
            return FirstAdminResult.Failed(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var role = await users.AddToRoleAsync(user, Roles.Admin);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user);
            return FirstAdminResult.Failed(string.Join(" ", role.Errors.Select(e => e.Description)));
        }

        return new FirstAdminResult(true, $"Created the administrator {user.Email}.");
    }

    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken = default) => await users.Users.AnyAsync(cancellationToken);
}

public sealed record FirstAdminResult(bool Succeeded, string Message)
{
    public static FirstAdminResult Failed(string message) => new(false, message);
}
