using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Application.Features.PortalUsers.AddPortalUsers;
using PartnerPortal.Application.Features.PortalUsers.InvitePortalUser;
using PartnerPortal.Application.Features.PortalUsers.ListPortalUsers;
using PartnerPortal.Application.Features.PortalUsers.MovePortalUser;
using PartnerPortal.Application.Features.PortalUsers.SetPortalUserActive;
using PartnerPortal.Application.Features.PortalUsers.SetPortalUserAdmin;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Back-office management of portal users: adding, admin flag, activation on a licence seat, invitations, moves.</summary>
public static class PortalUserEndpoints
{
    public static void MapPortalUserEndpoints(this IEndpointRouteBuilder app)
    {
        var organizations = app.MapGroup("/api/portal-organizations").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        organizations.MapGet("/{id:guid}/users", ListPortalUsers).Describe(nameof(ListPortalUsers), "Lists an organization's portal users by name.", 400, 404);
        organizations.MapPost("/{id:guid}/users", AddPortalUsers)
            .Describe(nameof(AddPortalUsers), "Adds portal users from contacts or e-mails; each takes a licence seat.", 400, 404, 409, 422, 503);

        var users = app.MapGroup("/api/portal-users").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        users.MapPut("/{id:guid}/admin", SetPortalUserAdmin).Describe(nameof(SetPortalUserAdmin), "Makes a portal user an organization admin, or not.", 404);
        users.MapPost("/{id:guid}/activate", ActivatePortalUser).Describe(nameof(ActivatePortalUser), "Reactivates a portal user on a free seat.", 404, 409);
        users.MapPost("/{id:guid}/deactivate", DeactivatePortalUser)
            .Describe(nameof(DeactivatePortalUser), "Ends a portal user's access and frees the seat.", 404);
        users.MapPost("/{id:guid}/invite", InvitePortalUser)
            .Describe(nameof(InvitePortalUser), "Sends or resends the invitation e-mail (single-use link, 7 days).", 404, 422, 503);
        users.MapPost("/{id:guid}/move", MovePortalUser)
            .Describe(nameof(MovePortalUser), "Moves a portal user to another organization; access to the old one ends.", 400, 404);
    }

    public static async Task<Ok<Paged<PortalUserDto>>> ListPortalUsers(
        Guid id, ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListPortalUsersQuery(id, page, pageSize), ct));

    public static async Task<Ok<IReadOnlyList<PortalUserDto>>> AddPortalUsers(Guid id, AddPortalUsersCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { OrganizationId = id }, ct));

    public static async Task<Ok<PortalUserDto>> SetPortalUserAdmin(Guid id, SetPortalUserAdminCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<PortalUserDto>> ActivatePortalUser(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SetPortalUserActiveCommand(id, true), ct));

    public static async Task<Ok<PortalUserDto>> DeactivatePortalUser(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SetPortalUserActiveCommand(id, false), ct));

    public static async Task<Ok<PortalUserDto>> InvitePortalUser(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new InvitePortalUserCommand(id), ct));

    public static async Task<Ok<PortalUserDto>> MovePortalUser(Guid id, MovePortalUserCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));
}
