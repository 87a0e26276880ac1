using Microsoft.AspNetCore.Mvc;

namespace PartnerPortal.Api.Endpoints;

internal static class EndpointConventions
{
    /// <summary>Names the operation (the TS client's method), summarises it and declares its problem responses.</summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, string name, string summary, params int[] problems)
    {
        builder.WithName(name).WithSummary(summary);
        foreach (var status in problems.Append(401).Append(403).Distinct())
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

        return builder;
    }
}
