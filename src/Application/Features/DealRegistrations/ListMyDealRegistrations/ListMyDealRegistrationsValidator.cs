using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.DealRegistrations.ListMyDealRegistrations;

public sealed class ListMyDealRegistrationsValidator : AbstractValidator<ListMyDealRegistrationsQuery>
{
    public ListMyDealRegistrationsValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Sort).IsSortKey(DealRegistrationReader.SortKeys);
        this.AddKeysetRules();
    }
}
