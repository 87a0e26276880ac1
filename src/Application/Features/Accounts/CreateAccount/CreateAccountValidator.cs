using FluentValidation;

namespace PartnerPortal.Application.Features.Accounts.CreateAccount;

public sealed class CreateAccountValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountValidator() => Include(new AccountFieldsValidator());
}
