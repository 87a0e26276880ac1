using FluentValidation;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities.RejectMarketingActivity;

public sealed class RejectMarketingActivityValidator : AbstractValidator<RejectMarketingActivityCommand>
{
    public RejectMarketingActivityValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(MarketingActivity.NoteMaxLength);
}
