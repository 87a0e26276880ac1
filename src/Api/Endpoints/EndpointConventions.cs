using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// The endpoint takes an integrator's OAuth bearer token holding any one of <see cref="Scopes"/> (none listed: any
/// granted scope), besides the session cookie. The OpenAPI document lists the <c>oauth2</c> scheme only where this is.
/// </summary>
public sealed record AcceptsTokenMetadata(IReadOnlyList<string> Scopes);

internal static class EndpointConventions
{
    private static readonly string[] ProblemJson = ["application/problem+json"];

    /// <summary>
    /// Names the operation (the TS client's method), summarises and describes it (the summary when no description is
    /// given) and declares its problem responses: 401 and 403 too, unless the endpoint ends up anonymous.
    /// </summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string name, string summary, params int[] problems) =>
        builder.Describe(name, summary, summary, problems);

    /// <inheritdoc cref="Describe(RouteHandlerBuilder, string, string, int[])"/>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string name, string summary, string description, params int[] problems)
    {
        builder.WithName(name).WithSummary(summary).WithDescription(description);
        foreach (var status in problems.Distinct())
        {
            if (status == 400)
            {
                builder.ProducesValidationProblem();
            }
            else
            {
                builder.Produces<ProblemDetails>(status, "application/problem+json");
            }
        }

        // AllowAnonymous may come after Describe or from the group, so this is decided once all conventions have run.
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IAllowAnonymous>().Any())
            {
                return;
            }

            foreach (var status in new[] { 401, 403 }.Except(problems))
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ProblemJson));
            }
        });
        return builder;
    }

    /// <summary>
    /// Declares that integrators may call the endpoint with a bearer token holding any one of <paramref name="scopes"/>.
    /// It documents what the request's <c>[Authorize(Scopes = ...)]</c> enforces; it grants nothing by itself.
    /// </summary>
    public static RouteHandlerBuilder AcceptsToken(this RouteHandlerBuilder builder, params string[] scopes) =>
        builder.WithMetadata(new AcceptsTokenMetadata(scopes));
}
