using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Portal.ActivateMyOrganizationUser;
using PartnerPortal.Application.Features.Portal.AddMyOrganizationUsers;
using PartnerPortal.Application.Features.Portal.DeactivateMyOrganizationUser;
using PartnerPortal.Application.Features.Portal.InviteMyOrganizationUser;
using PartnerPortal.Application.Features.Portal.ListMyOrganizationUsers;
using PartnerPortal.Application.Features.Portal.SetMyOrganizationUserAdmin;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Api.Endpoints;

/// <summary>The partner portal: organization admins manage their colleagues' portal users, confined to their own organization.</summary>
public static class PortalOrganizationUserEndpoints
{
    public static void MapPortalOrganizationUserEndpoints(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/organization/users", ListMyOrganizationUsers)
            .Describe(nameof(ListMyOrganizationUsers), "Your organization's portal users by name (organization admins).", 400);
        portal.MapPost("/organization/users", AddMyOrganizationUsers)
            .Describe(nameof(AddMyOrganizationUsers), "Adds and invites colleagues (organization admins), within the seat limit.", 400, 409, 422, 503);
        portal.MapPost("/organization/users/{id:guid}/invite", InviteMyOrganizationUser)
            .Describe(nameof(InviteMyOrganizationUser), "Resends a colleague's invitation (organization admins).", 404, 422, 503);
        portal.MapPost("/organization/users/{id:guid}/deactivate", DeactivateMyOrganizationUser)
            .Describe(nameof(DeactivateMyOrganizationUser), "Ends a colleague's access (organization admins).", 404, 422);
        portal.MapPost("/organization/users/{id:guid}/activate", ActivateMyOrganizationUser)
            .Describe(nameof(ActivateMyOrganizationUser), "Gives a colleague access again, on a free seat (organization admins).", 404, 409);
        portal.MapPut("/organization/users/{id:guid}/admin", SetMyOrganizationUserAdmin)
            .Describe(nameof(SetMyOrganizationUserAdmin), "Makes a colleague an organization admin, or not (organization admins; not for themselves).", 400, 404, 422);
    }

    public static async Task<Ok<Paged<PortalUserDto>>> ListMyOrganizationUsers(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListMyOrganizationUsersQuery(page, pageSize), ct));

    public static async Task<Ok<IReadOnlyList<PortalUserDto>>> AddMyOrganizationUsers(AddMyOrganizationUsersCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body, ct));

    public static async Task<Ok<PortalUserDto>> InviteMyOrganizationUser(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new InviteMyOrganizationUserCommand(id), ct));

    public static async Task<Ok<PortalUserDto>> DeactivateMyOrganizationUser(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DeactivateMyOrganizationUserCommand(id), ct));

    public static async Task<Ok<PortalUserDto>> ActivateMyOrganizationUser(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ActivateMyOrganizationUserCommand(id), ct));

    public static async Task<Ok<PortalUserDto>> SetMyOrganizationUserAdmin(Guid id, SetMyOrganizationUserAdminCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));
}
