using System.Security.Claims;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Api.Infrastructure;

internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    /// <summary>The claim OpenIddict puts each granted scope in.</summary>
    public const string ScopeClaim = "oi_scp";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The person's name (their login when they have none; an integration client's id for a token).</summary>
    public string? DisplayName => Principal?.FindFirstValue(DisplayNameClaimsFactory.DisplayNameClaim) ?? Principal?.Identity?.Name;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public bool HasScope(string scope) => Principal?.HasClaim(ScopeClaim, scope) == true;

    /// <summary>A bearer token's subject: the integration client it was issued to (only tokens carry scopes).</summary>
    public string? ClientId => Principal?.HasClaim(c => c.Type == ScopeClaim) == true
        ? Principal.FindFirstValue(OpenIddict.Abstractions.OpenIddictConstants.Claims.Subject) ?? Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        : null;
}
