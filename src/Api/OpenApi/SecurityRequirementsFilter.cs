using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using PartnerPortal.Api.Endpoints;
using PartnerPortal.Api.Infrastructure;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerPortal.Api.OpenApi;

/// <summary>
/// States per operation how a caller authenticates, from the endpoint's own metadata: anonymous operations need
/// nothing (<c>security: []</c>, no 401/403); the rest take the SPA's session cookie, and back-office operations that
/// carry <see cref="AcceptsTokenMetadata"/> also an OAuth bearer token with one of the listed scopes.
/// </summary>
internal sealed class SecurityRequirementsFilter : IOperationFilter
{
    public const string CookieScheme = "cookie";
    public const string OAuth2Scheme = "oauth2";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            operation.Responses?.Remove("401");
            operation.Responses?.Remove("403");
            return;
        }

        var cookie = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] };
        operation.Security = [cookie];

        var token = metadata.OfType<AcceptsTokenMetadata>().LastOrDefault();
        if (token is null)
        {
            return;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var path = "/" + context.ApiDescription.RelativePath;
        if (!policies.Contains(WebApiServices.BackOfficePolicy) || policies.Contains(WebApiServices.PortalPolicy) || path.StartsWith("/api/portal/", StringComparison.Ordinal))
        {
            // A token never carries a role, so only the back-office policy lets one through; claiming otherwise would
            // publish a contract the server refuses. Failing here fails the build that writes the document.
            throw new InvalidOperationException($"{operation.OperationId}: AcceptsToken needs the {WebApiServices.BackOfficePolicy} policy (and no portal route).");
        }

        // Security requirements are alternatives; the scopes inside one are all required. The endpoint takes any one
        // of its scopes, so each scope is its own requirement.
        var scheme = new OpenApiSecuritySchemeReference(OAuth2Scheme, context.Document);
        IEnumerable<List<string>> scopeSets = token.Scopes.Count == 0 ? [[]] : token.Scopes.Select(scope => new List<string> { scope });
        foreach (var scopes in scopeSets)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [scheme] = scopes });
        }
    }
}
