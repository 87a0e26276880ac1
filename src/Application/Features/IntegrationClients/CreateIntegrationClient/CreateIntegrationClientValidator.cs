using FluentValidation;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.IntegrationClients.CreateIntegrationClient;

public sealed class CreateIntegrationClientValidator : AbstractValidator<CreateIntegrationClientCommand>
{
    public CreateIntegrationClientValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Scopes).NotEmpty().WithMessage("Grant at least one scope.");
        RuleForEach(x => x.Scopes).Must(Scopes.All.Contains).WithMessage($"Scopes are: {string.Join(", ", Scopes.All)}.");
    }
}
