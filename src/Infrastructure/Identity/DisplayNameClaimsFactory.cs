using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace PartnerPortal.Infrastructure.Identity;

/// <summary>
/// Puts the person's display name into their session, so history and timelines say "Max Manager" rather than a
/// login. The session is re-validated on every request, so a renamed user is named anew at once.
/// </summary>
public sealed class DisplayNameClaimsFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string DisplayNameClaim = "displayname";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        }

        return identity;
    }
}
