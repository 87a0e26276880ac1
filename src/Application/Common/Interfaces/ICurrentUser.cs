namespace PartnerPortal.Application.Common.Interfaces;

/// <summary>Who is making the current request: a signed-in user, or an integration client with OAuth scopes.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    string? DisplayName { get; }

    bool IsAuthenticated { get; }

    bool IsInRole(string role);

    bool HasScope(string scope);

    /// <summary>The integration client a bearer token was issued to; null for signed-in users.</summary>
    string? ClientId => null;
}
