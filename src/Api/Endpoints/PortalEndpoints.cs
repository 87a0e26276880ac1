using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.Portal;
using PartnerPortal.Application.Features.Portal.AddMyOrganizationUsers;
using PartnerPortal.Application.Features.Portal.DeactivateMyOrganizationUser;
using PartnerPortal.Application.Features.Portal.GetMyProgram;
using PartnerPortal.Application.Features.Portal.GetMyProgramHistory;
using PartnerPortal.Application.Features.Portal.GetPortalPartnership;
using PartnerPortal.Application.Features.Portal.InviteMyOrganizationUser;
using PartnerPortal.Application.Features.Portal.ListMyOrganizationUsers;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// The partner portal surface: portal users only, every request confined to their partner account. Partners
/// cannot change their program: there are no such endpoints here.
/// </summary>
public static class PortalEndpoints
{
    public static void MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy);
        portal.MapGet("/program", GetMyProgram)
            .Describe(nameof(GetMyProgram), "Your partner program: level N of M, score, what is missing, benefits, partner manager.", 422);
        portal.MapGet("/program/history", GetMyProgramHistory).Describe(nameof(GetMyProgramHistory), "Your program's parameter history.", 422);
        portal.MapGet("/partnerships/{id:guid}", GetPortalPartnership)
            .Describe(nameof(GetPortalPartnership), "One of your organization's partnerships.", 404);
        portal.MapGet("/organization/users", ListMyOrganizationUsers)
            .Describe(nameof(ListMyOrganizationUsers), "Your organization's portal users (organization admins).");
        portal.MapPost("/organization/users", AddMyOrganizationUsers)
            .Describe(nameof(AddMyOrganizationUsers), "Adds and invites colleagues (organization admins), within the seat limit.", 400, 409, 422, 503);
        portal.MapPost("/organization/users/{id:guid}/invite", InviteMyOrganizationUser)
            .Describe(nameof(InviteMyOrganizationUser), "Resends a colleague's invitation (organization admins).", 404, 422, 503);
        portal.MapPost("/organization/users/{id:guid}/deactivate", DeactivateMyOrganizationUser)
            .Describe(nameof(DeactivateMyOrganizationUser), "Ends a colleague's access (organization admins).", 404, 422);
    }

    public static async Task<Ok<PartnerProgramDto>> GetMyProgram(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyProgramQuery(), ct));

    public static async Task<Ok<IReadOnlyList<ParameterHistoryDto>>> GetMyProgramHistory(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyProgramHistoryQuery(), ct));

    public static async Task<Ok<PartnerProgramDto>> GetPortalPartnership(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPortalPartnershipQuery(id), ct));

    public static async Task<Ok<IReadOnlyList<PortalUserDto>>> ListMyOrganizationUsers(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListMyOrganizationUsersQuery(), ct));

    public static async Task<Ok<IReadOnlyList<PortalUserDto>>> AddMyOrganizationUsers(AddMyOrganizationUsersCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body, ct));

    public static async Task<Ok<PortalUserDto>> InviteMyOrganizationUser(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new InviteMyOrganizationUserCommand(id), ct));

    public static async Task<Ok<PortalUserDto>> DeactivateMyOrganizationUser(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DeactivateMyOrganizationUserCommand(id), ct));
}
