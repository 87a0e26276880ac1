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
/// <item>the roles and the display name, put into this request's principal, so a changed role or name applies at once;</item>
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

        var db = services.GetRequiredService<ApplicationDbContext>();
        var memberships =
            from pu in db.PortalUsers
            join o in db.PortalOrganizations on pu.OrganizationId equals o.Id
            where pu.IsActive && o.IsInPartnerPortalUsersRole
            select new { pu.Id, o.AccountId, OrganizationId = o.Id, pu.IsOrganizationAdmin };
        var session = await (
                from u in db.Users.IgnoreQueryFilters()
                where u.Id == userId
                from m in memberships.Where(m => m.Id == u.Id).DefaultIfEmpty()
                select new
                {
                    u.SecurityStamp,
                    u.DisplayName,
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                    AccountId = (Guid?)m!.AccountId,
                    OrganizationId = (Guid?)m.OrganizationId,
                    IsOrganizationAdmin = (bool?)m.IsOrganizationAdmin,
                })
            .AsNoTracking()
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (session is null || session.SecurityStamp != principal.FindFirstValue(stampClaim))
        {
            await RejectAsync(context);
            return;
        }

        var roles = session.Roles.OfType<string>().Order(StringComparer.Ordinal).ToList();
        var claimedRoles = identity.FindAll(identity.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal);
        var name = string.IsNullOrWhiteSpace(session.DisplayName) ? null : session.DisplayName;
        if (!roles.SequenceEqual(claimedRoles) || principal.FindFirstValue(DisplayNameClaimsFactory.DisplayNameClaim) != name)
        {
            var fresh = new ClaimsIdentity(
                identity.Claims.Where(c => c.Type != identity.RoleClaimType && c.Type != DisplayNameClaimsFactory.DisplayNameClaim),
                identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
            fresh.AddClaims(roles.Select(r => new Claim(identity.RoleClaimType, r)));
            if (name is not null)
            {
                fresh.AddClaim(new Claim(DisplayNameClaimsFactory.DisplayNameClaim, name));
            }

            context.ReplacePrincipal(new ClaimsPrincipal(fresh));
        }

        if (roles.Contains(Roles.PortalUser) && session.AccountId is { } accountId)
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
