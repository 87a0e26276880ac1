using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Partnerships.ExportPartnerships;

/// <summary>The list's rules without paging: the same filter validator, the same sort keys.</summary>
public sealed class ExportPartnershipsValidator : AbstractValidator<ExportPartnershipsQuery>
{
    public ExportPartnershipsValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new PartnershipFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(PartnershipReader.SortKeys);
    }
}
