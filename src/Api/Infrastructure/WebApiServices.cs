using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.OpenApi;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Api.Infrastructure;

internal static class WebApiServices
{
    public static IServiceCollection AddWebApi(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
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
        services.AddAuthorization();
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
        });
        return services;
    }
}
