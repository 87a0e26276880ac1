using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Certificates.ListMyCertificates;

public sealed class ListMyCertificatesValidator : AbstractValidator<ListMyCertificatesQuery>
{
    public ListMyCertificatesValidator() => this.AddPagingRules();
}
