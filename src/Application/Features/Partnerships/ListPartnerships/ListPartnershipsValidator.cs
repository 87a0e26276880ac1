using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Partnerships.ListPartnerships;

public sealed class ListPartnershipsValidator : AbstractValidator<ListPartnershipsQuery>
{
    public static readonly IReadOnlyList<string> SortKeys = PartnershipReader.SortKeys;

    public ListPartnershipsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Sort).Must(s => s is null || SortKeys.Contains(s.TrimStart('-')))
            .WithMessage($"Sort by one of: {string.Join(", ", SortKeys)} (prefix '-' for descending).");
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PagingExtensions.MaxPageSize);
    }
}
