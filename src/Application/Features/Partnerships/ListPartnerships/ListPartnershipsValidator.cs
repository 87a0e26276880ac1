using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Partnerships.ListPartnerships;

public sealed class ListPartnershipsValidator : AbstractValidator<ListPartnershipsQuery>
{
    public static readonly IReadOnlyList<string> SortKeys = PartnershipReader.SortKeys;

    public ListPartnershipsValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new PartnershipFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(SortKeys);
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PagingExtensions.MaxPageSize);
    }
}
