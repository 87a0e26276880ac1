using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.PriceLists;
using PartnerPortal.Application.Features.PriceLists.CreatePriceList;
using PartnerPortal.Application.Features.PriceLists.DeletePriceList;
using PartnerPortal.Application.Features.PriceLists.DeletePriceListLine;
using PartnerPortal.Application.Features.PriceLists.GetPriceList;
using PartnerPortal.Application.Features.PriceLists.ListPriceLists;
using PartnerPortal.Application.Features.PriceLists.ResolveMyPrice;
using PartnerPortal.Application.Features.PriceLists.ResolvePrice;
using PartnerPortal.Application.Features.PriceLists.SetPriceListLine;
using PartnerPortal.Application.Features.PriceLists.UpdatePriceList;
using PartnerPortal.Application.Features.Products;
using PartnerPortal.Application.Features.Products.CreateProduct;
using PartnerPortal.Application.Features.Products.DeleteProduct;
using PartnerPortal.Application.Features.Products.GetProduct;
using PartnerPortal.Application.Features.Products.ListMyProducts;
using PartnerPortal.Application.Features.Products.ListProducts;
using PartnerPortal.Application.Features.Products.UpdateProduct;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Products and price lists (back-office, issue 10): the base list, one list per level, personal lists per partner
/// account, and the price chain an order line takes (<c>GET /api/price-lists/resolve</c>).
/// </summary>
public static class PricingEndpoints
{
    public static void MapPricingEndpoints(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/products").WithTags("Pricing").RequireAuthorization(WebApiServices.BackOfficePolicy);
        products.MapGet("/", ListProducts)
            .Describe(
                nameof(ListProducts),
                "Lists products; search by a prefix of the code or name, filter by active; sort; keyset paged.",
                "Sort by code (default), name or basePrice ('-' for descending). Pass the previous page's nextCursor as cursor for the next page; nextCursor is null on the last page.",
                400)
            .AcceptsTokenFor<ListProductsQuery>();
        products.MapGet("/{id:guid}", GetProduct).Describe(nameof(GetProduct), "Gets one product.", 404).AcceptsTokenFor<GetProductQuery>();
        products.MapPost("/", CreateProduct).Describe(nameof(CreateProduct), "Adds a product (administrators); the code is stored upper-case and unique.", 400, 409, 422);
        products.MapPut("/{id:guid}", UpdateProduct)
            .Describe(nameof(UpdateProduct), "Changes a product; isActive false deactivates it.", 400, 404, 409, 422);
        products.MapDelete("/{id:guid}", DeleteProduct)
            .Describe(nameof(DeleteProduct), "Deletes a product no price list names (409 product_in_use otherwise: deactivate it).", 404, 409);

        var lists = app.MapGroup("/api/price-lists").WithTags("Pricing").RequireAuthorization(WebApiServices.BackOfficePolicy);
        lists.MapGet("/", ListPriceLists)
            .Describe(nameof(ListPriceLists), "Lists price lists by name; filter by kind, level, account and a prefix of the name; keyset paged.", 400)
            .AcceptsTokenFor<ListPriceListsQuery>();
        lists.MapGet("/resolve", ResolvePrice)
            .Describe(
                nameof(ResolvePrice),
                "The price of a product for an account and where it comes from: the personal list, the active partnership's level list, the base list, "
                + "or the product's price; with the default line discount (the partnership's Margin benefit).",
                400, 404, 422)
            .AcceptsTokenFor<ResolvePriceQuery>();
        lists.MapGet("/{id:guid}", GetPriceList).Describe(nameof(GetPriceList), "Gets a price list with its prices.", 404).AcceptsTokenFor<GetPriceListQuery>();
        lists.MapPost("/", CreatePriceList)
            .Describe(nameof(CreatePriceList), "Adds the base list, a level's list or a partner account's personal list; one per scope.", 400, 404, 409, 422);
        lists.MapPut("/{id:guid}", UpdatePriceList).Describe(nameof(UpdatePriceList), "Renames a price list.", 400, 404, 409);
        lists.MapDelete("/{id:guid}", DeletePriceList)
            .Describe(nameof(DeletePriceList), "Deletes a price list with its prices; one a Price list benefit references is kept (409).", 404, 409);
        lists.MapPut("/{id:guid}/lines/{productId:guid}", SetPriceListLine)
            .Describe(nameof(SetPriceListLine), "Sets a product's price on the list (one line per product).", 400, 404, 422);
        lists.MapDelete("/{id:guid}/lines/{productId:guid}", DeletePriceListLine)
            .Describe(nameof(DeletePriceListLine), "Removes a product's price from the list.", 404, 422);

        // The portal's product picker: active products, and the partner's own price of one with its source.
        var portal = app.MapGroup("/api/portal/products").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/", ListMyProducts)
            .Describe(nameof(ListMyProducts), "The active products you can order; search by a prefix of the code or name; by code; keyset paged.", 400);
        portal.MapGet("/price", ResolveMyPrice)
            .Describe(
                nameof(ResolveMyPrice),
                "Your price of a product and where it comes from (your personal list, your level's list, the base list or the product's price), with your default discount: what adding it to an order takes.",
                400, 404, 422);
    }

    public static async Task<Ok<KeysetPage<CatalogProductDto>>> ListMyProducts(
        ISender sender, CancellationToken ct, string? search = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListMyProductsQuery(search, cursor, limit), ct));

    public static async Task<Ok<PriceResolutionDto>> ResolveMyPrice(Guid productId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ResolveMyPriceQuery(productId), ct));

    public static async Task<Ok<KeysetPage<ProductDto>>> ListProducts(
        [AsParameters] ProductFilter filter, ISender sender, CancellationToken ct, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListProductsQuery(filter, sort, cursor, limit), ct));

    public static async Task<Ok<ProductDto>> GetProduct(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetProductQuery(id), ct));

    public static async Task<Created<ProductDto>> CreateProduct(CreateProductCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/products/{created.Id}", created);
    }

    public static async Task<Ok<ProductDto>> UpdateProduct(Guid id, UpdateProductCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<NoContent> DeleteProduct(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteProductCommand(id), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<KeysetPage<PriceListDto>>> ListPriceLists(
        [AsParameters] PriceListFilter filter, ISender sender, CancellationToken ct, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListPriceListsQuery(filter, cursor, limit), ct));

    public static async Task<Ok<PriceResolutionDto>> ResolvePrice(Guid accountId, Guid productId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ResolvePriceQuery(accountId, productId), ct));

    public static async Task<Ok<PriceListDetailDto>> GetPriceList(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPriceListQuery(id), ct));

    public static async Task<Created<PriceListDetailDto>> CreatePriceList(CreatePriceListCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/price-lists/{created.List.Id}", created);
    }

    public static async Task<Ok<PriceListDetailDto>> UpdatePriceList(Guid id, UpdatePriceListCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<NoContent> DeletePriceList(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeletePriceListCommand(id), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<PriceListDetailDto>> SetPriceListLine(Guid id, Guid productId, SetPriceListLineCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { PriceListId = id, ProductId = productId }, ct));

    public static async Task<NoContent> DeletePriceListLine(Guid id, Guid productId, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeletePriceListLineCommand(id, productId), ct);
        return TypedResults.NoContent();
    }
}
