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
            .Describe(nameof(ListEmployees), "Lists the vendor's employees (e.g. to pick a partner manager).");
    }

    public static async Task<Ok<IReadOnlyList<EmployeeDto>>> ListEmployees(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListEmployeesQuery(), ct));
}
