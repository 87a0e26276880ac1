using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Trainings.ListMyTrainings;

public sealed class ListMyTrainingsValidator : AbstractValidator<ListMyTrainingsQuery>
{
    public ListMyTrainingsValidator() => this.AddPagingRules();
}
