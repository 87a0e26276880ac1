using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Notifications.ListMyNotifications;

public sealed class ListMyNotificationsValidator : AbstractValidator<ListMyNotificationsQuery>
{
    public ListMyNotificationsValidator() => this.AddKeysetRules();
}
