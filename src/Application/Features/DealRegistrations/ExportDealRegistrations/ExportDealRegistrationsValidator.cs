using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.DealRegistrations.ExportDealRegistrations;

/// <summary>The queue's rules without paging.</summary>
public sealed class ExportDealRegistrationsValidator : AbstractValidator<ExportDealRegistrationsQuery>
{
    public ExportDealRegistrationsValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new DealRegistrationFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(DealRegistrationReader.SortKeys);
    }
}
