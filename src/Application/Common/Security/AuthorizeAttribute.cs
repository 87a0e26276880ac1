namespace PartnerPortal.Application.Common.Security;

/// <summary>
/// Put on a request to require a signed-in caller in one of <see cref="Roles"/> (comma-separated; empty = any
/// signed-in user). Checked by the authorization behaviour, so a handler cannot forget it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; init; } = string.Empty;
}
