using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Features.Jobs.ListJobs;
using PartnerPortal.Application.Features.Jobs.RunJob;

namespace PartnerPortal.Api.Endpoints;

/// <summary>The scheduled jobs: schedule, last run and result, next run; administrators may run one now.</summary>
public static class JobEndpoints
{
    public static void MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup("/api/admin/jobs").WithTags("Administration").RequireAuthorization(WebApiServices.BackOfficePolicy);
        jobs.MapGet("/", ListJobs).Describe(nameof(ListJobs), "Lists the scheduled jobs with their schedule, last run and next run; administrators only.");
        jobs.MapPost("/{name}/run", RunJob).Describe(nameof(RunJob), "Runs a job now (once, on whichever instance picks it up).", 404);
    }

    public static async Task<Ok<IReadOnlyList<JobDto>>> ListJobs(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListJobsQuery(), ct));

    public static async Task<Accepted> RunJob(string name, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RunJobCommand(name), ct);
        return TypedResults.Accepted("/api/admin/jobs");
    }
}
