using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Employees.ListEmployees;

[Authorize(Roles = Roles.AnyEmployee)]
public sealed record ListEmployeesQuery : IQuery<IReadOnlyList<EmployeeDto>>;

public sealed class ListEmployeesHandler(IEmployeeDirectory employees) : IQueryHandler<ListEmployeesQuery, IReadOnlyList<EmployeeDto>>
{
    public async ValueTask<IReadOnlyList<EmployeeDto>> Handle(ListEmployeesQuery query, CancellationToken cancellationToken) =>
        await employees.ListAsync(cancellationToken);
}
