using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Accounts;
using PartnerPortal.Application.Features.Accounts.CreateAccount;
using PartnerPortal.Application.Features.Accounts.GetAccount;
using PartnerPortal.Application.Features.Accounts.ListAccounts;
using PartnerPortal.Application.Features.Accounts.UpdateAccount;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Accounts (partners are accounts of type Partner).</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(WebApiServices.BackOfficePolicy);
        accounts.MapGet("/", ListAccounts).Describe(nameof(ListAccounts), "Lists accounts, optionally of one type, by name.", 400)
            .AcceptsTokenFor<ListAccountsQuery>();
        accounts.MapGet("/{id:guid}", GetAccount).Describe(nameof(GetAccount), "Gets an account with its partnerships.", 404)
            .AcceptsTokenFor<GetAccountQuery>();
        accounts.MapPost("/", CreateAccount).Describe(nameof(CreateAccount), "Creates an account.", 400, 404, 422)
            .AcceptsTokenFor<CreateAccountCommand>();
        accounts.MapPut("/{id:guid}", UpdateAccount).Describe(nameof(UpdateAccount), "Changes an account.", 400, 404, 409, 422)
            .AcceptsTokenFor<UpdateAccountCommand>();
    }

    public static async Task<Ok<Paged<AccountDto>>> ListAccounts(
        ISender sender, CancellationToken ct, AccountType? type = null, string? search = null, int page = 1, int pageSize = 25) =>
        TypedResults.Ok(await sender.Send(new ListAccountsQuery(type, search, page, pageSize), ct));

    public static async Task<Ok<AccountDetailDto>> GetAccount(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetAccountQuery(id), ct));

    public static async Task<Created<AccountDto>> CreateAccount(CreateAccountCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/accounts/{created.Id}", created);
    }

    public static async Task<Ok<AccountDto>> UpdateAccount(Guid id, UpdateAccountCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));
}
