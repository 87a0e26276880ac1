namespace PartnerPortal.Application.Common.Security;

/// <summary>
/// Put on a request to require a signed-in caller in one of <see cref="Roles"/> (comma-separated; empty = any
/// signed-in user), or an integration client holding one of <see cref="Scopes"/>. Checked by the authorization
/// behaviour, so a handler cannot forget it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; init; } = string.Empty;

    public string Scopes { get; init; } = string.Empty;
}

/// <summary>The request is open to anonymous callers (for example following an invitation link).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class AllowAnonymousAttribute : Attribute;
