using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Partnerships.GetPartnershipHistory;

public sealed class GetPartnershipHistoryValidator : AbstractValidator<GetPartnershipHistoryQuery>
{
    public GetPartnershipHistoryValidator() => this.AddPagingRules();
}
