using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Application.Features.Portal;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities.ProposeMyMarketingActivity;

/// <summary>
/// W8 step 1: a partner user proposes an activity, as a draft or (<see cref="Submit"/>) sent for approval at once. The
/// partner and the partnership (their active one) come from the caller's scope, never from the body.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ProposeMyMarketingActivityCommand(
    string Name,
    MarketingActivityType Type,
    DateOnly StartDate,
    DateOnly DueDate,
    [property: MultiLine] string? Description,
    string? Url,
    decimal ProposedBudget,
    Guid? FundId = null,
    bool Submit = false) : ICommand<MarketingActivityDto>, IPortalRequest, IMarketingActivityFields;

public sealed class ProposeMyMarketingActivityHandler(
    IApplicationDbContext db, PartnerScope scope, MyProgramReader program, MarketingActivityStore store, MarketingActivityReader reader,
    IOptions<AppOptions> app) : ICommandHandler<ProposeMyMarketingActivityCommand, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(ProposeMyMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var partnershipId = await program.ActivePartnershipIdAsync(cancellationToken);
        await store.EnsureFundAsync(command.FundId, partnershipId, cancellationToken);
        var actor = store.Actor();
        var activity = MarketingActivity.Propose(
            scope.AccountId!.Value, partnershipId, scope.PortalUserId!.Value, MarketingActivityFields.Details(command), app.Value.Currency, actor);
        if (command.Submit)
        {
            activity.Submit(actor);
        }

        db.MarketingActivities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(activity.Id, cancellationToken);
    }
}
