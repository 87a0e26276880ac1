using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Contacts;
using PartnerPortal.Application.Features.Contacts.CreateContact;
using PartnerPortal.Application.Features.Contacts.ListContacts;
using PartnerPortal.Application.Features.Contacts.GetContact;

namespace PartnerPortal.Api.Endpoints;

/// <summary>The contacts (people) of an account, to pick as portal users.</summary>
public static class ContactEndpoints
{
    public static void MapContactEndpoints(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts/{accountId:guid}").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        accounts.MapGet("/contacts", ListContacts).Describe(nameof(ListContacts), "The account's contacts by name, optionally those whose name or e-mail contains the search.", 400, 404);
        accounts.MapGet("/contacts/{id:guid}", GetContact).Describe(nameof(GetContact), "One contact of the account.", 404);
        accounts.MapPost("/contacts", CreateContact).Describe(nameof(CreateContact), "Adds a contact (a person) to the account.", 400, 404, 409);
    }

    public static async Task<Ok<Paged<ContactDto>>> ListContacts(
        Guid accountId, ISender sender, CancellationToken ct, string? search = null, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListContactsQuery(accountId, search, page, pageSize), ct));

    public static async Task<Created<ContactDto>> CreateContact(Guid accountId, CreateContactCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body with { AccountId = accountId }, ct);
        return TypedResults.Created($"/api/accounts/{accountId}/contacts/{created.Id}", created);
    }

    public static async Task<Ok<ContactDto>> GetContact(Guid accountId, Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetContactQuery(accountId, id), ct));
}
