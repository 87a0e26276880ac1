using FluentValidation;

namespace PartnerPortal.Application.Features.MarketingActivities.CancelMarketingActivity;

public sealed class CancelMarketingActivityValidator : AbstractValidator<CancelMarketingActivityCommand>
{
    public CancelMarketingActivityValidator() => RuleFor(x => x.Reason).MaximumLength(400); // the ledger keeps it on the reversal entries (at most 400)
}
