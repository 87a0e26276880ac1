using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.OpenApi;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;
using PartnerPortal.Api.OpenApi;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Api.Infrastructure;

internal static class WebApiServices
{
    public const string CookieOrBearer = "CookieOrBearer";
    public const string BackOfficePolicy = "BackOffice";
    public const string PortalPolicy = "Portal";
    public const string SignInRateLimit = "sign-in";

    /// <summary>The deal-registration pre-check: per signed-in user, so no one can sweep the customer list (issue 9).</summary>
    public const string PreCheckRateLimit = "deal-pre-check";

    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<IAppLinks, AppLinks>();
        services.AddAppOptions(configuration, environment);
        // Every problem carries a code, including the framework's own that status-code pages turn into problems.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => Problems.AddMissingCode(c.ProblemDetails, c.HttpContext));
        services.Configure<ApiLimitsOptions>(configuration.GetSection(ApiLimitsOptions.Section));
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
            // Every cookie request is checked against the stored user (stamp, roles, name, portal membership) in one query.
            o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;

            o.Events.OnRedirectToLogin = c => Problems.WriteAsync(c.HttpContext, Problems.Create(401, ProblemCodes.Unauthenticated, "Sign in first."));
            o.Events.OnRedirectToAccessDenied = c => Problems.WriteAsync(
                c.HttpContext, Problems.Create(403, ProblemCodes.Forbidden, Problems.ForbiddenTitle, "Your role does not allow this."));
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
            var preChecksPerMinute = configuration.GetValue("RateLimits:DealPreCheckPerMinute", 30);
            o.AddPolicy(PreCheckRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? context.User.Identity?.Name
                    ?? context.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = preChecksPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            // Requests that move money (they carry an Idempotency-Key) run at most this many at once per instance; the
            // rest wait their turn in order. A burst on one fund then queues here, holding no database connection,
            // instead of exhausting the connection pool while the fund's row lock lets one writer through at a time.
            var moneyWrites = configuration.GetValue("RateLimits:ConcurrentMoneyWrites", 8);
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Headers.ContainsKey(Application.Common.Idempotency.IIdempotentCommand.Header)
                    ? RateLimitPartition.GetConcurrencyLimiter("money", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = moneyWrites, QueueLimit = 100_000, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            o.OnRejected = async (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problems.WriteAsync(context.HttpContext, Problems.Create(
                    429, ProblemCodes.RateLimited, "Too many attempts.", $"Wait {retryAfter} seconds before trying again."));
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

        // The SPA's files: compressed (Brotli, else gzip) and, when their name carries a content hash (/assets/*),
        // cached for a year; index.html is revalidated on every load so a deployment shows at once.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<StaticFileOptions>(o => o.OnPrepareResponse = ApiPipeline.SetStaticFileCaching);

        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "PartnerPortal API",
                Version = "v1",
                Description = "Partner relationship management: partner program setup, partners and partnerships.",
                Contact = new OpenApiContact { Name = "PartnerPortal maintainers" },
            });
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            // Filters bound with [AsParameters] from a record (PartnershipFilter) are named like the other query parameters.
            o.DescribeAllParametersInCamelCase();
            o.CustomOperationIds(api => api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName);
            o.AddSecurityDefinition(SecurityRequirementsFilter.CookieScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "pp.auth",
                Description = "The SPA's session cookie (HttpOnly), set by POST /api/auth/login. Unsafe requests (POST, PUT, DELETE) made with "
                    + $"it must also send the {SecurityMiddleware.XsrfHeader} header with the value of the {SecurityMiddleware.XsrfCookie} cookie "
                    + "(GET /api/auth/antiforgery issues it).",
            });
            o.AddSecurityDefinition(SecurityRequirementsFilter.OAuth2Scheme, new OpenApiSecurityScheme
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
                            [Scopes.FundsRead] = "Read funds, balances, operations and reconciliations",
                            [Scopes.FundsWrite] = "Credit, debit and reverse within balances; open funds; carry balances over",
                            [Scopes.SalesRead] = "Read leads with their offers and routing explanations; export them",
                            [Scopes.SalesWrite] = "Create leads, pass them to partners, route them, withdraw offers",
                        },
                    },
                },
            });
            o.OperationFilter<SecurityRequirementsFilter>();
            o.OperationFilter<IdempotencyKeyFilter>();
            o.DocumentFilter<ContractSchemasFilter>();
        });
        return services;
    }

    /// <summary>
    /// <c>App:PublicUrl</c> is the base of every e-mailed link: required outside Development (the start fails with a
    /// clear message), <c>http://localhost:5080</c> in Development. Outside Development, requests must name that host
    /// unless <c>AllowedHosts</c> is set (a reverse proxy keeps the Host header; set AllowedHosts for more names).
    /// </summary>
    private static void AddAppOptions(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<Application.Features.Leads.LeadOptions>().Bind(configuration.GetSection(Application.Features.Leads.LeadOptions.Section));
        services.AddOptions<Application.Features.Jobs.RetentionOptions>().Bind(configuration.GetSection(Application.Features.Jobs.RetentionOptions.Section));
        services.AddOptions<Application.Features.DealRegistrations.DealRegistrationOptions>()
            .Bind(configuration.GetSection(Application.Features.DealRegistrations.DealRegistrationOptions.Section));
        services.AddOptions<AppOptions>()
            .Bind(configuration.GetSection(AppOptions.Section))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.PublicUrl) && environment.IsDevelopment())
                {
                    o.PublicUrl = AppOptions.DevelopmentPublicUrl;
                }
            })
            .Validate(
                o => Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                "Set App:PublicUrl (environment variable App__PublicUrl) to the address users open the application at, e.g. "
                + "https://partners.example.com: links in e-mails are built from it, never from a request's Host header.")
            .Validate(
                o => o.Currency is { Length: 3 } c && c.All(char.IsAsciiLetterUpper),
                "App:Currency must be an ISO 4217 code of three capital letters, e.g. EUR or USD.")
            .ValidateOnStart();
        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration["AllowedHosts"])
            && Uri.TryCreate(configuration["App:PublicUrl"], UriKind.Absolute, out var publicUrl))
        {
            services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o => o.AllowedHosts = [publicUrl.Host]);
        }
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

                // The text-input rule of every request (TextInput), first of all checks: a control character in a
                // client id or secret is refused as invalid_request before any lookup (PostgreSQL cannot store NUL).
                o.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler => handler
                    .UseInlineHandler(context =>
                    {
                        var request = context.Request;
                        foreach (var (name, value) in new[]
                                 {
                                     (OpenIddictConstants.Parameters.ClientId, request.ClientId),
                                     (OpenIddictConstants.Parameters.ClientSecret, request.ClientSecret),
                                     (OpenIddictConstants.Parameters.GrantType, request.GrantType),
                                     (OpenIddictConstants.Parameters.Scope, request.Scope),
                                 })
                        {
                            if (value is not null && TextInput.HasControlCharacters(value))
                            {
                                context.Reject(
                                    error: OpenIddictConstants.Errors.InvalidRequest,
                                    description: $"The {name} parameter must not contain control characters.");
                                break;
                            }
                        }

                        return default;
                    })
                    .SetOrder(int.MinValue + 1)
                    .SetType(OpenIddictServerHandlerType.Custom));

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
