using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Features.Contacts;
using PartnerPortal.Application.Features.Contacts.CreateContact;
using PartnerPortal.Application.Features.Contacts.ListContacts;
using PartnerPortal.Application.Features.IntegrationClients.CreateIntegrationClient;
using PartnerPortal.Application.Features.IntegrationClients.ListIntegrationClients;
using PartnerPortal.Application.Features.IntegrationClients.RevokeIntegrationClient;
using PartnerPortal.Application.Features.IntegrationClients.RotateIntegrationClientSecret;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Application.Features.LicensePools.CreateLicensePool;
using PartnerPortal.Application.Features.LicensePools.ListLicensePools;
using PartnerPortal.Application.Features.LicensePools.UpdateLicensePool;
using PartnerPortal.Application.Features.PortalOrganizations;
using PartnerPortal.Application.Features.PortalOrganizations.CreatePortalOrganization;
using PartnerPortal.Application.Features.PortalOrganizations.GetPortalOrganization;
using PartnerPortal.Application.Features.PortalOrganizations.ListPortalOrganizations;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Application.Features.PortalUsers.AddPortalUsers;
using PartnerPortal.Application.Features.PortalUsers.InvitePortalUser;
using PartnerPortal.Application.Features.PortalUsers.ListPortalUsers;
using PartnerPortal.Application.Features.PortalUsers.MovePortalUser;
using PartnerPortal.Application.Features.PortalUsers.SetPortalUserActive;
using PartnerPortal.Application.Features.PortalUsers.SetPortalUserAdmin;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Back-office management of portal access: organizations, portal users, licences, integration clients.</summary>
public static class AccessEndpoints
{
    public static void MapAccessEndpoints(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts/{accountId:guid}").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        accounts.MapGet("/portal-organization", GetPortalOrganization)
            .Describe(nameof(GetPortalOrganization), "The partner account's portal organization.", 404);
        accounts.MapPost("/portal-organization", CreatePortalOrganization)
            .Describe(nameof(CreatePortalOrganization), "Creates the partner account's portal organization (one per account).", 404, 409, 422);
        accounts.MapGet("/contacts", ListContacts).Describe(nameof(ListContacts), "The account's contacts.", 404);
        accounts.MapPost("/contacts", CreateContact).Describe(nameof(CreateContact), "Adds a contact (a person) to the account.", 400, 404, 409);

        var organizations = app.MapGroup("/api/portal-organizations").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        organizations.MapGet("/", ListPortalOrganizations).Describe(nameof(ListPortalOrganizations), "Lists portal organizations.");
        organizations.MapGet("/{id:guid}/users", ListPortalUsers).Describe(nameof(ListPortalUsers), "Lists an organization's portal users.", 404);
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

        var pools = app.MapGroup("/api/license-pools").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        pools.MapGet("/", ListLicensePools).Describe(nameof(ListLicensePools), "Licence pools with seats used and free.");
        pools.MapPost("/", CreateLicensePool).Describe(nameof(CreateLicensePool), "Adds a licence pool.", 400);
        pools.MapPut("/{id:guid}", UpdateLicensePool).Describe(nameof(UpdateLicensePool), "Changes a pool's edition or seats.", 400, 404, 409);

        var clients = app.MapGroup("/api/integration-clients").WithTags("Integrations").RequireAuthorization(WebApiServices.BackOfficePolicy);
        clients.MapGet("/", ListIntegrationClients).Describe(nameof(ListIntegrationClients), "Integration clients (OAuth client credentials).");
        clients.MapPost("/", CreateIntegrationClient)
            .Describe(nameof(CreateIntegrationClient), "Registers an integration client; its secret is shown only in this response.", 400);
        clients.MapPost("/{id:guid}/rotate-secret", RotateIntegrationClientSecret)
            .Describe(nameof(RotateIntegrationClientSecret), "Issues a new secret; the old one stops working.", 404);
        clients.MapDelete("/{id:guid}", RevokeIntegrationClient)
            .Describe(nameof(RevokeIntegrationClient), "Revokes a client: it and its tokens stop working.", 404);
    }

    public static async Task<Ok<PortalOrganizationDto>> GetPortalOrganization(Guid accountId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPortalOrganizationQuery(accountId), ct));

    public static async Task<Created<PortalOrganizationDto>> CreatePortalOrganization(Guid accountId, ISender sender, CancellationToken ct) =>
        TypedResults.Created($"/api/accounts/{accountId}/portal-organization", await sender.Send(new CreatePortalOrganizationCommand(accountId), ct));

    public static async Task<Ok<IReadOnlyList<ContactDto>>> ListContacts(Guid accountId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListContactsQuery(accountId), ct));

    public static async Task<Created<ContactDto>> CreateContact(Guid accountId, CreateContactCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Created($"/api/accounts/{accountId}/contacts", await sender.Send(body with { AccountId = accountId }, ct));

    public static async Task<Ok<IReadOnlyList<PortalOrganizationDto>>> ListPortalOrganizations(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListPortalOrganizationsQuery(), ct));

    public static async Task<Ok<IReadOnlyList<PortalUserDto>>> ListPortalUsers(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListPortalUsersQuery(id), ct));

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

    public static async Task<Ok<IReadOnlyList<LicensePoolDto>>> ListLicensePools(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListLicensePoolsQuery(), ct));

    public static async Task<Created<LicensePoolDto>> CreateLicensePool(CreateLicensePoolCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Created("/api/license-pools", await sender.Send(body, ct));

    public static async Task<Ok<LicensePoolDto>> UpdateLicensePool(Guid id, UpdateLicensePoolCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<IReadOnlyList<IntegrationClientDto>>> ListIntegrationClients(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListIntegrationClientsQuery(), ct));

    public static async Task<Created<IntegrationClientSecretDto>> CreateIntegrationClient(
        CreateIntegrationClientCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Created("/api/integration-clients", await sender.Send(body, ct));

    public static async Task<Ok<IntegrationClientSecretDto>> RotateIntegrationClientSecret(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RotateIntegrationClientSecretCommand(id), ct));

    public static async Task<NoContent> RevokeIntegrationClient(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeIntegrationClientCommand(id), ct);
        return TypedResults.NoContent();
    }
}
