using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.DealRegistrations.ListDealRegistrations;

public sealed class ListDealRegistrationsValidator : AbstractValidator<ListDealRegistrationsQuery>
{
    public ListDealRegistrationsValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new DealRegistrationFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(DealRegistrationReader.SortKeys);
        this.AddKeysetRules();
    }
}
