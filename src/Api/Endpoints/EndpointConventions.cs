using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// The endpoint takes an integrator's OAuth bearer token holding any one of <see cref="Scopes"/>, besides the session
/// cookie: the scopes its <see cref="Request"/> declares. The OpenAPI document lists the <c>oauth2</c> scheme only here.
/// </summary>
public sealed record AcceptsTokenMetadata(Type Request, IReadOnlyList<string> Scopes);

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
    /// Declares that the endpoint sends <typeparamref name="TRequest"/>, so integrators may call it with a bearer token
    /// holding one of the scopes that request's <c>[Authorize(Scopes = ...)]</c> names: the scopes are written once, on
    /// the request, which is also where they are enforced. This documents; it grants nothing by itself.
    /// </summary>
    public static RouteHandlerBuilder AcceptsTokenFor<TRequest>(this RouteHandlerBuilder builder)
    {
        var scopes = typeof(TRequest).GetCustomAttributes(typeof(Application.Common.Security.AuthorizeAttribute), inherit: true)
            .Cast<Application.Common.Security.AuthorizeAttribute>()
            .SelectMany(a => a.Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct()
            .ToArray();
        if (scopes.Length == 0)
        {
            throw new InvalidOperationException($"{typeof(TRequest).Name} accepts no token scope; it cannot be called with a token.");
        }

        return builder.WithMetadata(new AcceptsTokenMetadata(typeof(TRequest), scopes));
    }
}
