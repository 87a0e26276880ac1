using Mediator;
using Microsoft.AspNetCore.HttpOverrides;
using PartnerPortal.Api.Endpoints;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application;
using PartnerPortal.Application.Common.Behaviours;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Persistence.Seeding;

// `create-admin --email ... --password ...` creates the first administrator of an installation and exits.
var adminCommand = AdminCommand.Parse(args);
var builder = WebApplication.CreateBuilder(adminCommand?.HostArgs ?? args);

builder.Services.AddApplication().AddInfrastructure(builder.Configuration).AddWebApi(builder.Configuration, builder.Environment);
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(PartnerPortal.Application.DependencyInjection)];
    options.PipelineBehaviors =
    [
        typeof(UnhandledExceptionBehaviour<,>),
        typeof(AuthorizationBehaviour<,>),
        typeof(PortalScopeBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(PerformanceBehaviour<,>),
        typeof(TransactionBehaviour<,>),

        // Inside the transaction: the key and the response are stored with the command's effect.
        typeof(PartnerPortal.Application.Common.Idempotency.IdempotencyBehaviour<,>),
    ];

    // Stream requests (CSV exports): the same checks, made before the first row is read.
    options.StreamPipelineBehaviors =
    [
        typeof(StreamAuthorizationBehaviour<,>),
        typeof(StreamPortalScopeBehaviour<,>),
        typeof(StreamValidationBehaviour<,>),
    ];
});

var app = builder.Build();
if (adminCommand is not null)
{
    return await adminCommand.RunAsync(app.Services, Console.Out);
}

// OpenAPI tooling runs this file to read the endpoints; it must not touch a database. Demo data (with its known
// passwords) only when asked: appsettings.Development.json, test hosts, or Database:SeedDemoData=true.
if (!app.Configuration.GetValue("Database:SkipInit", false))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
        .InitializeAsync(app.Configuration.GetValue("Database:SeedDemoData", false));
}

// Behind a reverse proxy, the client address (for rate limits) and scheme come from its headers; only trusted
// proxies listed in ReverseProxy:KnownProxies are believed.
var proxies = app.Configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [];
if (proxies.Length > 0)
{
    var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
    foreach (var proxy in proxies)
    {
        forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
    }

    app.UseForwardedHeaders(forwarded);
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseApiRequestLimits();
app.UseStaticFileCompression();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseSwagger();
app.UseSwaggerUI(o => o.DocumentTitle = "PartnerPortal API");
app.UseAuthentication();
app.UseCookieSessionOnlyEndpoints();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgeryForUnsafeApiCalls();

// Last: OpenIddict answers its own paths (discovery, token) inside UseAuthentication, so only what nothing else
// answered may fall back to a 404 problem or the SPA.
app.UseUnmatchedRequestFallbacks();

app.MapAuthEndpoints();

// One endpoint class per aggregate; mapped in this order so the OpenAPI document (and the TS client) keep theirs.
app.MapPartnerTypeEndpoints();
app.MapProgramSettingsEndpoints();
app.MapPartnerLevelEndpoints();
app.MapParameterCategoryEndpoints();
app.MapEmployeeEndpoints();
app.MapAccountEndpoints();
app.MapPartnershipEndpoints();
app.MapFundEndpoints();
app.MapPricingEndpoints();
app.MapPortalOrganizationEndpoints();
app.MapContactEndpoints();
app.MapPortalUserEndpoints();
app.MapLicensePoolEndpoints();
app.MapIntegrationClientEndpoints();
app.MapPortalProgramEndpoints();
app.MapPortalOrganizationUserEndpoints();
app.MapMarketingActivityEndpoints();
app.MapTrainingEndpoints();
app.MapLeadEndpoints();
app.MapDealRegistrationEndpoints();
app.MapOpportunityEndpoints();
app.MapOrderEndpoints();
app.MapNotificationEndpoints();
app.MapOutboxEndpoints();
app.MapJobEndpoints();
app.MapTokenEndpoint();
app.MapBenchEndpoints();

await app.RunAsync();
return 0;

public partial class Program;
