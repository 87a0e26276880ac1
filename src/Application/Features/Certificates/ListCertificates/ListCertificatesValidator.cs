using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Certificates.ListCertificates;

public sealed class ListCertificatesValidator : AbstractValidator<ListCertificatesQuery>
{
    public ListCertificatesValidator() => this.AddPagingRules();
}
