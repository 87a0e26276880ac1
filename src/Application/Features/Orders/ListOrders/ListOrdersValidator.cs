using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Orders.ListOrders;

public sealed class ListOrdersValidator : AbstractValidator<ListOrdersQuery>
{
    public ListOrdersValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new OrderFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(OrderReader.SortKeys);
        this.AddKeysetRules();
    }
}
