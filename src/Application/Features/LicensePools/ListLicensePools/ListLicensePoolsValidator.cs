using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.LicensePools.ListLicensePools;

public sealed class ListLicensePoolsValidator : AbstractValidator<ListLicensePoolsQuery>
{
    public ListLicensePoolsValidator() => this.AddPagingRules();
}
