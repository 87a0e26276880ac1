using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Api.Infrastructure;

internal static class SecurityMiddleware
{
    public const string XsrfCookie = "XSRF-TOKEN";
    public const string XsrfHeader = "X-XSRF-TOKEN";

    /// <summary>Security headers on every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
            ? "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
            : "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'";
        await next();
    });

    /// <summary>
    /// Cookie-authenticated unsafe requests (and the anonymous sign-in) must carry the antiforgery header the SPA reads
    /// from the XSRF-TOKEN cookie; a cross-site form cannot.
    /// </summary>
    public static IApplicationBuilder UseAntiforgeryForUnsafeApiCalls(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        // Bearer-token callers (integrators) cannot be forged cross-site: a browser form cannot set the header.
        var bearer = request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var cookieCaller = !bearer && (context.User.Identity?.IsAuthenticated == true
            || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null);
        if (unsafeMethod && cookieCaller && request.Path.StartsWithSegments("/api"))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Problems.WriteAsync(context, Problems.Create(
                    400, ProblemCodes.AntiforgeryTokenInvalid, "The antiforgery token is missing or invalid.", $"Send the {XsrfCookie} cookie's value in the {XsrfHeader} header."));
                return;
            }
        }

        await next();
    });

    /// <summary>
    /// Endpoints of a person's session (<see cref="CookieSessionOnly"/>: sign-out, profile, password, the partner
    /// portal) refuse an integrator's bearer token with 403 <c>cookie_session_required</c>: a token has no session to
    /// end and no person behind it. Runs after authentication, before authorization.
    /// </summary>
    public static IApplicationBuilder UseCookieSessionOnlyEndpoints(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var bearer = context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (bearer && context.GetEndpoint()?.Metadata.GetMetadata<CookieSessionOnly>() is not null)
        {
            await Problems.WriteAsync(context, Problems.Create(
                403, ProblemCodes.CookieSessionRequired, "A signed-in session is required.", "This endpoint takes the session cookie of a signed-in person, not a bearer token."));
            return;
        }

        await next();
    });

    /// <summary>Issues a fresh antiforgery token for the current user and exposes it to the SPA's script.</summary>
    public static string IssueAntiforgeryToken(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        context.Response.Cookies.Append(XsrfCookie, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/",
        });
        return tokens.RequestToken!;
    }
}

/// <summary>Endpoint metadata: only a session cookie may call it, never a bearer token (see <see cref="SecurityMiddleware.UseCookieSessionOnlyEndpoints"/>).</summary>
public sealed class CookieSessionOnly
{
    public static readonly CookieSessionOnly Instance = new();
}
