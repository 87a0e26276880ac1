using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Leads.ListMyLeads;

public sealed class ListMyLeadsValidator : AbstractValidator<ListMyLeadsQuery>
{
    public ListMyLeadsValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Sort).IsSortKey(LeadReader.SortKeys);
        this.AddKeysetRules();
    }
}
