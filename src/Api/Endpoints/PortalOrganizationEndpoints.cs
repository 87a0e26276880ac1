using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.PortalOrganizations;
using PartnerPortal.Application.Features.PortalOrganizations.CreatePortalOrganization;
using PartnerPortal.Application.Features.PortalOrganizations.GetPortalOrganization;
using PartnerPortal.Application.Features.PortalOrganizations.ListPortalOrganizations;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Back-office management of partners' portal organizations (one per partner account).</summary>
public static class PortalOrganizationEndpoints
{
    public static void MapPortalOrganizationEndpoints(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts/{accountId:guid}").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        accounts.MapGet("/portal-organization", GetPortalOrganization)
            .Describe(nameof(GetPortalOrganization), "The partner account's portal organization.", 404);
        accounts.MapPost("/portal-organization", CreatePortalOrganization)
            .Describe(nameof(CreatePortalOrganization), "Creates the partner account's portal organization (one per account).", 404, 409, 422);

        var organizations = app.MapGroup("/api/portal-organizations").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        organizations.MapGet("/", ListPortalOrganizations).Describe(nameof(ListPortalOrganizations), "Lists portal organizations by name, optionally those whose name or partner contains the search.", 400);
    }

    public static async Task<Ok<PortalOrganizationDto>> GetPortalOrganization(Guid accountId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPortalOrganizationQuery(accountId), ct));

    public static async Task<Created<PortalOrganizationDto>> CreatePortalOrganization(Guid accountId, ISender sender, CancellationToken ct) =>
        TypedResults.Created($"/api/accounts/{accountId}/portal-organization", await sender.Send(new CreatePortalOrganizationCommand(accountId), ct));

    public static async Task<Ok<Paged<PortalOrganizationDto>>> ListPortalOrganizations(
        ISender sender, CancellationToken ct, string? search = null, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListPortalOrganizationsQuery(search, page, pageSize), ct));
}
