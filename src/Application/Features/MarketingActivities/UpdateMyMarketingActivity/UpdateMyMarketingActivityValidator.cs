using FluentValidation;

namespace PartnerPortal.Application.Features.MarketingActivities.UpdateMyMarketingActivity;

public sealed class UpdateMyMarketingActivityValidator : AbstractValidator<UpdateMyMarketingActivityCommand>
{
    public UpdateMyMarketingActivityValidator() => Include(new MarketingActivityFieldsValidator());
}
