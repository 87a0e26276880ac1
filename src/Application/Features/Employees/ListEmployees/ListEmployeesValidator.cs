using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Employees.ListEmployees;

public sealed class ListEmployeesValidator : AbstractValidator<ListEmployeesQuery>
{
    public ListEmployeesValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
        this.AddPagingRules();
    }
}
