using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.IntegrationClients.CreateIntegrationClient;
using PartnerPortal.Application.Features.IntegrationClients.ListIntegrationClients;
using PartnerPortal.Application.Features.IntegrationClients.RevokeIntegrationClient;
using PartnerPortal.Application.Features.IntegrationClients.RotateIntegrationClientSecret;
using PartnerPortal.Application.Features.IntegrationClients.GetIntegrationClient;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Integration clients: OAuth2 client credentials for integrators.</summary>
public static class IntegrationClientEndpoints
{
    public static void MapIntegrationClientEndpoints(this IEndpointRouteBuilder app)
    {
        var clients = app.MapGroup("/api/integration-clients").WithTags("Integrations").RequireAuthorization(WebApiServices.BackOfficePolicy);
        clients.MapGet("/", ListIntegrationClients).Describe(nameof(ListIntegrationClients), "Integration clients (OAuth client credentials) by name.", 400);
        clients.MapGet("/{id:guid}", GetIntegrationClient).Describe(nameof(GetIntegrationClient), "One integration client (never its secret).", 404);
        clients.MapPost("/", CreateIntegrationClient)
            .Describe(nameof(CreateIntegrationClient), "Registers an integration client; its secret is shown only in this response.", 400);
        clients.MapPost("/{id:guid}/rotate-secret", RotateIntegrationClientSecret)
            .Describe(nameof(RotateIntegrationClientSecret), "Issues a new secret; the old one stops working.", 404);
        clients.MapDelete("/{id:guid}", RevokeIntegrationClient)
            .Describe(nameof(RevokeIntegrationClient), "Revokes a client: it and its tokens stop working.", 404);
    }

    public static async Task<Ok<Paged<IntegrationClientDto>>> ListIntegrationClients(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListIntegrationClientsQuery(page, pageSize), ct));

    public static async Task<Created<IntegrationClientSecretDto>> CreateIntegrationClient(
        CreateIntegrationClientCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/integration-clients/{created.Client.Id}", created);
    }

    public static async Task<Ok<IntegrationClientDto>> GetIntegrationClient(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetIntegrationClientQuery(id), ct));

    public static async Task<Ok<IntegrationClientSecretDto>> RotateIntegrationClientSecret(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RotateIntegrationClientSecretCommand(id), ct));

    public static async Task<NoContent> RevokeIntegrationClient(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RevokeIntegrationClientCommand(id), ct);
        return TypedResults.NoContent();
    }
}
