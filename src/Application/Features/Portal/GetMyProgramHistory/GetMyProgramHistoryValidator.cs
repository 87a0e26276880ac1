using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Portal.GetMyProgramHistory;

public sealed class GetMyProgramHistoryValidator : AbstractValidator<GetMyProgramHistoryQuery>
{
    public GetMyProgramHistoryValidator() => this.AddPagingRules();
}
