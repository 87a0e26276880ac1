using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Leads.ExportLeads;

/// <summary>The list's rules without paging: the same filter validator, the same sort keys.</summary>
public sealed class ExportLeadsValidator : AbstractValidator<ExportLeadsQuery>
{
    public ExportLeadsValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new LeadFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(LeadReader.SortKeys);
    }
}
