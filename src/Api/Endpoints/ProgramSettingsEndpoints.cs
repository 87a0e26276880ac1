using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Features.ProgramSettings;
using PartnerPortal.Application.Features.ProgramSettings.GetProgramSettings;
using PartnerPortal.Application.Features.ProgramSettings.UpdateProgramSettings;

namespace PartnerPortal.Api.Endpoints;

/// <summary>The partner program's rules: progress on promotion (D2) and the renewal grace period (D4).</summary>
public static class ProgramSettingsEndpoints
{
    public static void MapProgramSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var settings = app.MapGroup("/api/program-settings").WithTags("PartnerProgram").RequireAuthorization(WebApiServices.BackOfficePolicy);
        settings.MapGet("/", GetProgramSettings)
            .Describe(nameof(GetProgramSettings), "The program's rules: whether progress restarts on promotion (D2) and the renewal grace days (D4).")
            .AcceptsTokenFor<GetProgramSettingsQuery>();
        settings.MapPut("/", UpdateProgramSettings)
            .Describe(nameof(UpdateProgramSettings), "Sets the program's rules (administrators); they apply from the next evaluation on.", 400, 422);
    }

    public static async Task<Ok<ProgramSettingsDto>> GetProgramSettings(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProgramSettingsQuery(), ct));

    public static async Task<Ok<ProgramSettingsDto>> UpdateProgramSettings(UpdateProgramSettingsCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body, ct));
}
