using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Partnerships.GetPartnershipEvents;

public sealed class GetPartnershipEventsValidator : AbstractValidator<GetPartnershipEventsQuery>
{
    public GetPartnershipEventsValidator() => this.AddPagingRules();
}
