using Mediator;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.DealRegistrations;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.DealRegistrations.RegisterMyDealRegistration;

/// <summary>
/// D9: a partner user registers a deal. The partner and the registering user come from the scope, never the body.
/// Other partners' open leads and registrations with the same normalised name, e-mail domain or tax id are stored as
/// conflicts for the partner manager; when one came first and protects the customer the answer says only "already
/// protected" (<c>alreadyProtected</c>, <c>conflictMessage</c>), never by whom.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record RegisterMyDealRegistrationCommand(
    string CompanyName,
    string? EmailDomain,
    string? TaxId,
    [property: MultiLine] string ProductInterest,
    decimal EstimatedAmount,
    DateOnly ExpectedCloseDate) : ICommand<DealRegistrationDto>, IPortalRequest;

public sealed class RegisterMyDealRegistrationHandler(
    IApplicationDbContext db, PartnerScope scope, DealRegistrationStore store, DealRegistrationReader reader, IOptions<AppOptions> app)
    : ICommandHandler<RegisterMyDealRegistrationCommand, DealRegistrationDto>
{
    public async ValueTask<DealRegistrationDto> Handle(RegisterMyDealRegistrationCommand command, CancellationToken cancellationToken)
    {
        var keys = DealKeys.Of(command.CompanyName, command.EmailDomain, command.TaxId);
        var accountId = scope.AccountId!.Value;
        var conflicts = await store.ConflictsAsync(keys, accountId, cancellationToken);
        var details = new DealDetails(
            command.CompanyName, command.EmailDomain, command.TaxId, command.ProductInterest, Money.ToMinor(command.EstimatedAmount), command.ExpectedCloseDate);
        var registration = DealRegistration.Submit(details, accountId, scope.PortalUserId!.Value, app.Value.Currency, conflicts, store.Actor());
        db.DealRegistrations.Add(registration);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(registration.Id, cancellationToken);
    }
}
