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

    Task SetDisplayNameAsync(Guid id, string displayName, CancellationToken cancellationToken);

    Task<string?> DisplayNameAsync(Guid id, CancellationToken cancellationToken);
}

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
}
