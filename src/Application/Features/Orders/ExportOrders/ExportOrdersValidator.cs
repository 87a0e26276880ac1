using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Orders.ExportOrders;

/// <summary>The list's rules without paging: the same filter validator, the same sort keys.</summary>
public sealed class ExportOrdersValidator : AbstractValidator<ExportOrdersQuery>
{
    public ExportOrdersValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new OrderFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(OrderReader.SortKeys);
    }
}
