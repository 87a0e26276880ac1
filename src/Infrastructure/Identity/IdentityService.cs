using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Infrastructure.Identity;

internal sealed class IdentityService(UserManager<ApplicationUser> users) : IIdentityService
{
    public async Task<IReadOnlyCollection<string>> ExistingLoginsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        var normalized = emails.Select(users.NormalizeEmail).ToList();
        var found = await users.Users.Where(u => normalized.Contains(u.NormalizedEmail!)).Select(u => u.Email!).ToListAsync(cancellationToken);
        return [.. found.Select(e => e.ToLowerInvariant())];
    }

    public async Task CreatePortalLoginAsync(Guid id, string email, string displayName, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser { Id = id, UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Check(await users.CreateAsync(user), "email");
        Check(await users.AddToRoleAsync(user, Roles.PortalUser), "email");
    }

    public async Task SetPasswordAsync(Guid id, string password, CancellationToken cancellationToken)
    {
        var user = await Find(id);
        if (await users.HasPasswordAsync(user))
        {
            Check(await users.RemovePasswordAsync(user), "password");
        }

        Check(await users.AddPasswordAsync(user, password), "password");
        await users.ResetAccessFailedCountAsync(user);
    }

    public async Task ChangePasswordAsync(Guid id, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var user = await Find(id);
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        Check(result, result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) ? "currentPassword" : "newPassword");
    }

    public async Task<PasswordResetTicket?> PasswordResetTicketAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user?.Email is null)
        {
            return null;
        }

        return new PasswordResetTicket(user.Id, user.Email, ToUrlSafe(await users.GeneratePasswordResetTokenAsync(user)));
    }

    public async Task<bool> ResetPasswordAsync(string email, string token, string newPassword, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return false;
        }

        // Checks the token (bound to the security stamp, so it works once) before the password rules.
        var result = await users.ResetPasswordAsync(user, FromUrlSafe(token), newPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return false;
        }

        Check(result, "newPassword");
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        return true;
    }

    public async Task SetDisplayNameAsync(Guid id, string displayName, CancellationToken cancellationToken)
    {
        var user = await Find(id);
        user.DisplayName = displayName;
        Check(await users.UpdateAsync(user), "displayName");
    }

    public async Task<string?> DisplayNameAsync(Guid id, CancellationToken cancellationToken) => (await users.FindByIdAsync(id.ToString()))?.DisplayName;

    private async Task<ApplicationUser> Find(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new InvalidOperationException($"Login {id} is missing.");

    // Identity's tokens are Base64; links carry them Base64url-encoded.
    private static string ToUrlSafe(string token) => token.TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FromUrlSafe(string token)
    {
        var base64 = token.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
    }

    // Identity's reasons ("Passwords must have at least one digit") become field errors of the request.
    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(field, e.Description)));
        }
    }
}
