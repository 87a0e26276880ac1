using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using OpenIddict.Validation.AspNetCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Api.Infrastructure;

internal static class WebApiServices
{
    public const string CookieOrBearer = "CookieOrBearer";
    public const string BackOfficePolicy = "BackOffice";
    public const string PortalPolicy = "Portal";
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IAppLinks, AppLinks>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // Integrators send a bearer token; the SPA sends its session cookie. One scheme picks between them.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
                o.DefaultForbidScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Session cookie or OAuth bearer token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme);
        services.AddAuthentication().AddIdentityCookies();
        services.AddOpenIddictServer(configuration, environment);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "pp.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // An API answers 401/403 with a problem, never a redirect to a login page.
            o.Events.OnRedirectToLogin = c => Problems.WriteAsync(c.HttpContext, Problems.Create(401, "unauthenticated", "Sign in first."));
            o.Events.OnRedirectToAccessDenied = c => Problems.WriteAsync(
                c.HttpContext, Problems.Create(403, "forbidden", "Forbidden.", "Your role does not allow this."));
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(BackOfficePolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                Roles.Employees.Any(c.User.IsInRole) || c.User.HasClaim(claim => claim.Type == CurrentUser.ScopeClaim)))
            .AddPolicy(PortalPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.PortalUser));
        services.AddRateLimiter(o =>
        {
            var perMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problems.WriteAsync(context.HttpContext, Problems.Create(
                    429, "rate_limited", "Too many attempts.", $"Wait {retryAfter} seconds before trying again."));
            };
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = SecurityMiddleware.XsrfHeader;
            o.Cookie.Name = "pp.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "PartnerPortal API",
                Version = "v1",
                Description = "Partner relationship management: partner program setup, partners and partnerships.",
            });
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            o.CustomOperationIds(api => api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName);
            o.AddSecurityDefinition("oauth2", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Integrators: client credentials registered by an administrator (Integration clients).",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = new Uri("/connect/token", UriKind.Relative),
                        Scopes = new Dictionary<string, string>
                        {
                            [Scopes.PartnersRead] = "Read accounts and partnerships",
                            [Scopes.PartnersWrite] = "Create and change accounts and partnerships",
                            [Scopes.ProgramRead] = "Read the partner program: types, levels, parameters",
                        },
                    },
                },
            });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("oauth2", document)] = [.. Scopes.All],
            });
        });
        return services;
    }

    /// <summary>
    /// The OAuth2 authorization server for integrators (client credentials). Keys: a certificate from configuration
    /// in production (<c>OpenIddict:SigningCertificate</c> / <c>EncryptionCertificate</c>, PFX path and password);
    /// otherwise development certificates generated on first run into the user's certificate store.
    /// </summary>
    private static void AddOpenIddictServer(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris("connect/token");
                o.AllowClientCredentialsFlow();
                o.RegisterScopes([.. Scopes.All]);
                o.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                var signing = configuration["OpenIddict:SigningCertificate:Path"];
                if (!string.IsNullOrEmpty(signing))
                {
                    o.AddSigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(signing, configuration["OpenIddict:SigningCertificate:Password"]));
                    o.AddEncryptionCertificate(X509CertificateLoader.LoadPkcs12FromFile(
                        configuration["OpenIddict:EncryptionCertificate:Path"] ?? signing, configuration["OpenIddict:EncryptionCertificate:Password"]));
                }
                else if (environment.IsProduction() && configuration.GetValue("OpenIddict:RequireCertificates", false))
                {
                    throw new InvalidOperationException("Set OpenIddict:SigningCertificate:Path (a PFX) for production.");
                }
                else
                {
                    o.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
                }

                o.DisableAccessTokenEncryption();
                var aspNetCore = o.UseAspNetCore().EnableTokenEndpointPassthrough();

                // Tokens travel over HTTPS only, except on a developer's machine or where explicitly allowed
                // (OpenIddict:AllowInsecureHttp, e.g. behind a TLS-terminating proxy on a private network, or in tests).
                if (environment.IsDevelopment() || configuration.GetValue("OpenIddict:AllowInsecureHttp", false))
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();

                // Tokens are checked against their stored entry, so revoking a client stops its tokens at once.
                o.EnableTokenEntryValidation();
            });
    }
}
