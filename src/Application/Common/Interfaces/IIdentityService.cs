namespace PartnerPortal.Application.Common.Interfaces;

/// <summary>The login store (ASP.NET Core Identity). Failures with a user-facing reason throw a validation error.</summary>
public interface IIdentityService
{
    /// <summary>Those of <paramref name="emails"/> that already have a login (employee or portal user).</summary>
    Task<IReadOnlyCollection<string>> ExistingLoginsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken);

    /// <summary>Creates a login without a password for a portal user; the invitation sets it.</summary>
    Task CreatePortalLoginAsync(Guid id, string email, string displayName, CancellationToken cancellationToken);

    Task SetPasswordAsync(Guid id, string password, CancellationToken cancellationToken);

    Task ChangePasswordAsync(Guid id, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>A password-reset token for the login with <paramref name="email"/>, or null when there is none.</summary>
    Task<PasswordResetTicket?> PasswordResetTicketAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the password with a reset token; false when the e-mail has no login or the token is wrong, used or
    /// expired. A password that breaks the rules throws a validation error.
    /// </summary>
    Task<bool> ResetPasswordAsync(string email, string token, string newPassword, CancellationToken cancellationToken);

    Task SetDisplayNameAsync(Guid id, string displayName, CancellationToken cancellationToken);

    Task<string?> DisplayNameAsync(Guid id, CancellationToken cancellationToken);
}

/// <summary>A password-reset link's token (URL-safe) for the login <paramref name="UserId"/>.</summary>
public sealed record PasswordResetTicket(Guid UserId, string Email, string Token);

/// <summary>An e-mail; <paramref name="MessageId"/> stays the same on every delivery attempt, so a resend is recognisable.</summary>
public sealed record EmailMessage(string To, string Subject, string Text, string Html, string? MessageId = null);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Absolute links into the SPA, for e-mails.</summary>
public interface IAppLinks
{
    string Invitation(string token);

    string PasswordReset(string token, string email);
}
