using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.Infrastructure;

/// <summary>
/// Checks a cookie session on every request with one query, in place of Identity's security-stamp validator, which
/// (validating on every request) read the user, its roles and claims in four queries and re-issued the cookie each time
/// (issue 10 measured it as most of a small list's cost). The query reads:
/// <list type="bullet">
/// <item>the security stamp: sign-out, a password change or reset renews it, so they end every session of the user at
/// once, including a copied cookie;</item>
/// <item>the display name, put into this request's principal, so a renamed person is named anew at once (the roles
/// are the cookie's: a change of roles must renew the security stamp, which ends the user's sessions; no code changes
/// an existing user's roles today);</item>
/// <item>for a portal user, the active membership (ADR-004): the partner scope is entered here, so the portal-scope
/// behaviour needs no query of its own; a user whose access ended has none and gets 403 there.</item>
/// </list>
/// The cookie itself is renewed only by its sliding expiration.
/// </summary>
internal static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        if (principal?.Identity is not ClaimsIdentity identity || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            await RejectAsync(context);
            return;
        }

        // Left joins on primary keys: a seek per table, whatever the number of users.
        var db = services.GetRequiredService<ApplicationDbContext>();
        var session = await (
                from u in db.Users.IgnoreQueryFilters()
                where u.Id == userId
                join portalUser in db.PortalUsers on u.Id equals portalUser.Id into portalUsers
                from pu in portalUsers.Where(p => p.IsActive).DefaultIfEmpty()
                join organization in db.PortalOrganizations on pu!.OrganizationId equals organization.Id into organizations
                from o in organizations.Where(o => o.IsInPartnerPortalUsersRole).DefaultIfEmpty()
                select new
                {
                    u.SecurityStamp,
                    u.DisplayName,
                    AccountId = (Guid?)o!.AccountId,
                    OrganizationId = (Guid?)o.Id,
                    IsOrganizationAdmin = (bool?)pu.IsOrganizationAdmin,
                })
            .AsNoTracking()
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (session is null || session.SecurityStamp != principal.FindFirstValue(stampClaim))
        {
            await RejectAsync(context);
            return;
        }

        var name = string.IsNullOrWhiteSpace(session.DisplayName) ? null : session.DisplayName;
        if (principal.FindFirstValue(DisplayNameClaimsFactory.DisplayNameClaim) != name)
        {
            var renamed = new ClaimsIdentity(
                identity.Claims.Where(c => c.Type != DisplayNameClaimsFactory.DisplayNameClaim), identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
            if (name is not null)
            {
                renamed.AddClaim(new Claim(DisplayNameClaimsFactory.DisplayNameClaim, name));
            }

            context.ReplacePrincipal(new ClaimsPrincipal(renamed));
        }

        if (identity.HasClaim(identity.RoleClaimType, Roles.PortalUser) && session.AccountId is { } accountId)
        {
            services.GetRequiredService<PartnerScope>().Enter(accountId, session.OrganizationId!.Value, userId, session.IsOrganizationAdmin == true);
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
