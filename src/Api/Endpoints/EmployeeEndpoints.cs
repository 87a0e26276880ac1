using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Employees.ListEmployees;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Api.Endpoints;

/// <summary>The vendor's employees (e.g. to pick a partner manager).</summary>
public static class EmployeeEndpoints
{
    public static void MapEmployeeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/employees", ListEmployees).WithTags("Accounts").RequireAuthorization(WebApiServices.BackOfficePolicy)
            .Describe(nameof(ListEmployees), "Lists the vendor's employees by name (e.g. to pick a partner manager), optionally those whose name or e-mail contains the search.", 400);
    }

    public static async Task<Ok<Paged<EmployeeDto>>> ListEmployees(
        ISender sender, CancellationToken ct, string? search = null, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListEmployeesQuery(search, page, pageSize), ct));
}
