using FluentValidation;

namespace PartnerPortal.Application.Features.Funds;

/// <summary>
/// The rules of <see cref="FundEntryFilter"/>, wherever a request carries it: the operations list and its CSV export
/// validate the filter with this one validator, so both refuse the same filters with the same errors.
/// </summary>
public sealed class FundEntryFilterValidator : AbstractValidator<FundEntryFilter>
{
    public FundEntryFilterValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.To).Must((filter, to) => to is null || filter.From is null || filter.From <= to)
            .WithMessage("The end of the date range is not before its start.");
    }
}
