using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Trainings.ListTrainings;

public sealed class ListTrainingsValidator : AbstractValidator<ListTrainingsQuery>
{
    public ListTrainingsValidator() => this.AddPagingRules();
}
