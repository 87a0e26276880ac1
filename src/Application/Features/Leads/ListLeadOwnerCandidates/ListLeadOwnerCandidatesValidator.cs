using FluentValidation;

namespace PartnerPortal.Application.Features.Leads.ListLeadOwnerCandidates;

public sealed class ListLeadOwnerCandidatesValidator : AbstractValidator<ListLeadOwnerCandidatesQuery>
{
    public ListLeadOwnerCandidatesValidator()
    {
        RuleFor(x => x.AccountId).NotEmpty();
    }
}
