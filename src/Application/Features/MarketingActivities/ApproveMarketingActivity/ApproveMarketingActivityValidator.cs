using FluentValidation;

namespace PartnerPortal.Application.Features.MarketingActivities.ApproveMarketingActivity;

public sealed class ApproveMarketingActivityValidator : AbstractValidator<ApproveMarketingActivityCommand>
{
    public ApproveMarketingActivityValidator()
    {
        RuleFor(x => x.ApprovedBudget).ValidBudget();
        RuleFor(x => x.FundId).NotEqual(Guid.Empty);
        RuleFor(x => x.OwnerId).NotEqual(Guid.Empty);
    }
}
