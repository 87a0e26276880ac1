using FluentValidation;

namespace PartnerPortal.Application.Features.MarketingActivities.ProposeMyMarketingActivity;

public sealed class ProposeMyMarketingActivityValidator : AbstractValidator<ProposeMyMarketingActivityCommand>
{
    public ProposeMyMarketingActivityValidator() => Include(new MarketingActivityFieldsValidator());
}
