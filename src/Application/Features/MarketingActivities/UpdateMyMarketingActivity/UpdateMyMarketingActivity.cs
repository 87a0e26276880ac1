using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities.UpdateMyMarketingActivity;

/// <summary>The partner changes their proposal while it is a draft (422 <c>activity_status_invalid</c> after that).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record UpdateMyMarketingActivityCommand(
    string Name,
    MarketingActivityType Type,
    DateOnly StartDate,
    DateOnly DueDate,
    [property: MultiLine] string? Description,
    string? Url,
    decimal ProposedBudget,
    Guid? FundId = null) : ICommand<MarketingActivityDto>, IPortalRequest, IMarketingActivityFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateMyMarketingActivityHandler(IApplicationDbContext db, MarketingActivityStore store, MarketingActivityReader reader)
    : ICommandHandler<UpdateMyMarketingActivityCommand, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(UpdateMyMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(command.Id, cancellationToken);
        await store.EnsureFundAsync(command.FundId, activity.PartnershipId, cancellationToken);
        activity.Update(MarketingActivityFields.Details(command), store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(activity.Id, cancellationToken);
    }
}
