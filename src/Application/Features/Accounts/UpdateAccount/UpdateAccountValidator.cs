using FluentValidation;

namespace PartnerPortal.Application.Features.Accounts.UpdateAccount;

public sealed class UpdateAccountValidator : AbstractValidator<UpdateAccountCommand>
{
    public UpdateAccountValidator() => Include(new AccountFieldsValidator());
}
