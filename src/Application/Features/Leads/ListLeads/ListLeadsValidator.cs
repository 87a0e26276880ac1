using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Leads.ListLeads;

public sealed class ListLeadsValidator : AbstractValidator<ListLeadsQuery>
{
    public ListLeadsValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new LeadFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(LeadReader.SortKeys);
        this.AddKeysetRules();
    }
}
