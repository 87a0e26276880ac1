using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Employees.ListEmployees;

/// <summary>Employees by display name, optionally those whose name or e-mail contains <see cref="Search"/>.</summary>
[Authorize(Roles = Roles.AnyEmployee)]
public sealed record ListEmployeesQuery(string? Search = null, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<EmployeeDto>>, IPagedQuery;

public sealed class ListEmployeesHandler(IEmployeeDirectory employees) : IQueryHandler<ListEmployeesQuery, Paged<EmployeeDto>>
{
    public async ValueTask<Paged<EmployeeDto>> Handle(ListEmployeesQuery query, CancellationToken cancellationToken) =>
        await employees.ListAsync(query.Search, query.Page, query.PageSize, cancellationToken);
}
