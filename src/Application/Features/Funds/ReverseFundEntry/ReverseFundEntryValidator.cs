using FluentValidation;

namespace PartnerPortal.Application.Features.Funds.ReverseFundEntry;

public sealed class ReverseFundEntryValidator : AbstractValidator<ReverseFundEntryCommand>
{
    public ReverseFundEntryValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the entry is reversed.").MaximumLength(400);
        RuleFor(x => x.OverdraftReason).MaximumLength(500);
    }
}
