using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Orders;
using PartnerPortal.Application.Features.Orders.AddMyOrderLine;
using PartnerPortal.Application.Features.Orders.AddOrderLine;
using PartnerPortal.Application.Features.Orders.CancelMyOrder;
using PartnerPortal.Application.Features.Orders.CancelOrder;
using PartnerPortal.Application.Features.Orders.ConfirmOrder;
using PartnerPortal.Application.Features.Orders.CreateMyOrder;
using PartnerPortal.Application.Features.Orders.CreateOrder;
using PartnerPortal.Application.Features.Orders.CreateOrderFromOpportunity;
using PartnerPortal.Application.Features.Orders.DeliverOrder;
using PartnerPortal.Application.Features.Orders.ExportOrders;
using PartnerPortal.Application.Features.Orders.GetMyOrder;
using PartnerPortal.Application.Features.Orders.GetOrder;
using PartnerPortal.Application.Features.Orders.ListMyOrders;
using PartnerPortal.Application.Features.Orders.ListOrders;
using PartnerPortal.Application.Features.Orders.RemoveMyOrderLine;
using PartnerPortal.Application.Features.Orders.RemoveOrderLine;
using PartnerPortal.Application.Features.Orders.SubmitMyOrder;
using PartnerPortal.Application.Features.Orders.SubmitOrder;
using PartnerPortal.Application.Features.Orders.UpdateMyOrderLine;
using PartnerPortal.Application.Features.Orders.UpdateOrderLine;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Orders (issue 10): employees see and work every partner's orders; partners create, fill, submit and cancel their own
/// on the portal. Each line's price comes from the price chain when it is added, with its source; the partner's margin
/// is the default discount, which only an employee overrides, with a reason (D6).
/// </summary>
public static class OrderEndpoints
{
    private const string LinePriceNote =
        "A line keeps the price the chain gave when it was added (personal list → level list → base list → product price, shown as priceSource): a quantity change keeps it; remove the product and add it again to price it anew.";

    public static void MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").WithTags("Orders").RequireAuthorization(WebApiServices.BackOfficePolicy);
        orders.MapGet("/", ListOrders)
            .Describe(
                nameof(ListOrders),
                "Lists orders; filter by status and partner; sort; keyset paged.",
                "Sort by createdAt (default, newest first), updatedAt or total ('-' for descending). Pass the previous page's nextCursor as cursor for the next page.",
                400)
            .AcceptsTokenFor<ListOrdersQuery>();
        orders.MapGet("/export", ExportOrders)
            .Describe(nameof(ExportOrders), "The orders of the list with the same filter and sort, every page, as a CSV file.", 400)
            .AcceptsTokenFor<ExportOrdersQuery>();
        orders.MapGet("/{id:guid}", GetOrder)
            .Describe(nameof(GetOrder), "Gets an order with its lines (price and its source per line) and history.", 404)
            .AcceptsTokenFor<GetOrderQuery>();
        orders.MapPost("/", CreateOrder)
            .Describe(nameof(CreateOrder), "Creates a draft order for a partner account.", 400, 404, 422)
            .AcceptsTokenFor<CreateOrderCommand>();
        orders.MapPost("/{id:guid}/lines", AddOrderLine)
            .Describe(nameof(AddOrderLine), "Adds a product to a draft order at the partner's price, with its margin as the discount.", LinePriceNote, 400, 404, 409, 422)
            .AcceptsTokenFor<AddOrderLineCommand>();
        orders.MapPut("/{id:guid}/lines/{lineId:guid}", UpdateOrderLine)
            .Describe(
                nameof(UpdateOrderLine),
                "Changes a draft order line's quantity and may override its discount with a reason.",
                LinePriceNote + " A discount override (0–100 %) needs discountReason; it is kept on the line with who and when.",
                400, 404, 409, 422)
            .AcceptsTokenFor<UpdateOrderLineCommand>();
        orders.MapDelete("/{id:guid}/lines/{lineId:guid}", RemoveOrderLine)
            .Describe(nameof(RemoveOrderLine), "Removes a line from a draft order.", 404, 409, 422)
            .AcceptsTokenFor<RemoveOrderLineCommand>();
        orders.MapPost("/{id:guid}/submit", SubmitOrder)
            .Describe(nameof(SubmitOrder), "Submits a draft order with at least one line.", 404, 409, 422)
            .AcceptsTokenFor<SubmitOrderCommand>();
        orders.MapPost("/{id:guid}/confirm", ConfirmOrder)
            .Describe(nameof(ConfirmOrder), "Confirms a submitted order.", 404, 409)
            .AcceptsTokenFor<ConfirmOrderCommand>();
        orders.MapPost("/{id:guid}/deliver", DeliverOrder)
            .Describe(nameof(DeliverOrder), "Marks a confirmed order delivered.", 404, 409)
            .AcceptsTokenFor<DeliverOrderCommand>();
        orders.MapPost("/{id:guid}/cancel", CancelOrder)
            .Describe(nameof(CancelOrder), "Cancels a draft, submitted or confirmed order, with an optional reason.", 400, 404, 409)
            .AcceptsTokenFor<CancelOrderCommand>();

        var opportunities = app.MapGroup("/api/opportunities").WithTags("Orders").RequireAuthorization(WebApiServices.BackOfficePolicy);
        opportunities.MapPost("/{id:guid}/order", CreateOrderFromOpportunity)
            .Describe(
                nameof(CreateOrderFromOpportunity),
                "Turns a won partner opportunity into a draft order for its partner, once.",
                "409 opportunity_not_won when it is not won; 409 opportunity_has_order when it became an order already.",
                404, 409, 422)
            .AcceptsTokenFor<CreateOrderFromOpportunityCommand>();

        var portal = app.MapGroup("/api/portal/orders").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/", ListMyOrders)
            .Describe(nameof(ListMyOrders), "Your organization's orders; filter by status; keyset paged (newest first).", 400);
        portal.MapGet("/{id:guid}", GetMyOrder)
            .Describe(nameof(GetMyOrder), "An order of your organization with its lines and history.", 404);
        portal.MapPost("/", CreateMyOrder)
            .Describe(nameof(CreateMyOrder), "Starts a draft order for your organization.", 400);
        portal.MapPost("/{id:guid}/lines", AddMyOrderLine)
            .Describe(nameof(AddMyOrderLine), "Adds a product to your draft order at your price, with your margin as the discount.", LinePriceNote, 400, 404, 409, 422);
        portal.MapPut("/{id:guid}/lines/{lineId:guid}", UpdateMyOrderLine)
            .Describe(nameof(UpdateMyOrderLine), "Changes a line's quantity on your draft order.", LinePriceNote, 400, 404, 409, 422);
        portal.MapDelete("/{id:guid}/lines/{lineId:guid}", RemoveMyOrderLine)
            .Describe(nameof(RemoveMyOrderLine), "Removes a line from your draft order.", 404, 409, 422);
        portal.MapPost("/{id:guid}/submit", SubmitMyOrder)
            .Describe(nameof(SubmitMyOrder), "Submits your draft order.", 404, 409, 422);
        portal.MapPost("/{id:guid}/cancel", CancelMyOrder)
            .Describe(nameof(CancelMyOrder), "Cancels your draft or submitted order, with an optional reason.", 400, 404, 409);
    }

    public static async Task<Ok<KeysetPage<OrderListItemDto>>> ListOrders(
        [AsParameters] OrderFilter filter, ISender sender, CancellationToken ct, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListOrdersQuery(filter, sort, cursor, limit), ct));

    public static CsvFile<OrderExportRow> ExportOrders([AsParameters] OrderFilter filter, ISender sender, CancellationToken ct, string? sort = null) =>
        CsvFile.Of(sender.CreateStream(new ExportOrdersQuery(filter, sort), ct), "orders");

    public static async Task<Ok<OrderDto>> GetOrder(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetOrderQuery(id), ct));

    public static async Task<Created<OrderDto>> CreateOrder(CreateOrderCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/orders/{created.Id}", created);
    }

    public static async Task<Ok<OrderDto>> AddOrderLine(Guid id, AddOrderLineCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<OrderDto>> UpdateOrderLine(Guid id, Guid lineId, UpdateOrderLineCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id, LineId = lineId }, ct));

    public static async Task<Ok<OrderDto>> RemoveOrderLine(Guid id, Guid lineId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RemoveOrderLineCommand(id, lineId), ct));

    public static async Task<Ok<OrderDto>> SubmitOrder(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitOrderCommand(id), ct));

    public static async Task<Ok<OrderDto>> ConfirmOrder(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ConfirmOrderCommand(id), ct));

    public static async Task<Ok<OrderDto>> DeliverOrder(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DeliverOrderCommand(id), ct));

    public static async Task<Ok<OrderDto>> CancelOrder(Guid id, CancelOrderCommand? body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send((body ?? new CancelOrderCommand()) with { Id = id }, ct));

    public static async Task<Created<OrderDto>> CreateOrderFromOpportunity(Guid id, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(new CreateOrderFromOpportunityCommand(id), ct);
        return TypedResults.Created($"/api/orders/{created.Id}", created);
    }

    public static async Task<Ok<KeysetPage<OrderListItemDto>>> ListMyOrders(
        ISender sender, CancellationToken ct, OrderStatus? status = null, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListMyOrdersQuery(status, sort, cursor, limit), ct));

    public static async Task<Ok<OrderDto>> GetMyOrder(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyOrderQuery(id), ct));

    public static async Task<Created<OrderDto>> CreateMyOrder(ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(new CreateMyOrderCommand(), ct);
        return TypedResults.Created($"/api/portal/orders/{created.Id}", created);
    }

    public static async Task<Ok<OrderDto>> AddMyOrderLine(Guid id, AddMyOrderLineCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<OrderDto>> UpdateMyOrderLine(Guid id, Guid lineId, UpdateMyOrderLineCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id, LineId = lineId }, ct));

    public static async Task<Ok<OrderDto>> RemoveMyOrderLine(Guid id, Guid lineId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RemoveMyOrderLineCommand(id, lineId), ct));

    public static async Task<Ok<OrderDto>> SubmitMyOrder(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitMyOrderCommand(id), ct));

    public static async Task<Ok<OrderDto>> CancelMyOrder(Guid id, CancelMyOrderCommand? body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send((body ?? new CancelMyOrderCommand()) with { Id = id }, ct));
}
