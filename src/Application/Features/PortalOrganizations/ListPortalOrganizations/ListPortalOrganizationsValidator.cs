using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.PortalOrganizations.ListPortalOrganizations;

public sealed class ListPortalOrganizationsValidator : AbstractValidator<ListPortalOrganizationsQuery>
{
    public ListPortalOrganizationsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
        this.AddPagingRules();
    }
}
