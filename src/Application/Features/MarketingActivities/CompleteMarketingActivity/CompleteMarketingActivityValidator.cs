using FluentValidation;

namespace PartnerPortal.Application.Features.MarketingActivities.CompleteMarketingActivity;

public sealed class CompleteMarketingActivityValidator : AbstractValidator<CompleteMarketingActivityCommand>
{
    public CompleteMarketingActivityValidator() => RuleFor(x => x.SpentBudget).ValidBudget();
}
