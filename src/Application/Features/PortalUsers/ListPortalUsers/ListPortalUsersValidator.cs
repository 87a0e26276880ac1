using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.PortalUsers.ListPortalUsers;

public sealed class ListPortalUsersValidator : AbstractValidator<ListPortalUsersQuery>
{
    public ListPortalUsersValidator() => this.AddPagingRules();
}
