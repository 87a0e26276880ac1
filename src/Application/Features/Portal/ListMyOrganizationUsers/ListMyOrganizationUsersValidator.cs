using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Portal.ListMyOrganizationUsers;

public sealed class ListMyOrganizationUsersValidator : AbstractValidator<ListMyOrganizationUsersQuery>
{
    public ListMyOrganizationUsersValidator() => this.AddPagingRules();
}
