using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Funds;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.RenewPartnership;

/// <summary>
/// D4 and D11, one action: the partnership ends and the next period's starts at once (no gap without an active one), at
/// the proposed level or, with a reason, another of the type; the funds' balances carry over; the decision is recorded
/// and the new partnership is evaluated. From <see cref="Renewals.OpensDaysBeforeDue"/> days before the period's end.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record RenewPartnershipCommand(Guid? PartnerLevelId = null, string? Reason = null, string? Name = null, DateOnly? DueDate = null)
    : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class RenewPartnershipHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, Renewals renewals, PartnershipLoader loader, FundLedger ledger,
    TierEvaluator evaluator, PartnershipReader reader)
    : ICommandHandler<RenewPartnershipCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(RenewPartnershipCommand command, CancellationToken cancellationToken)
    {
        var (snapshot, proposal) = await renewals.ProposeAsync(command.Id, cancellationToken);
        if (!snapshot.IsActive)
        {
            throw new DomainRuleException(ProblemCodes.PartnershipInactive, "Only the active partnership is renewed.");
        }

        if (renewals.Today < Renewals.OpensOn(snapshot))
        {
            throw new DomainRuleException(
                ProblemCodes.RenewalTooEarly, $"The period ends on {snapshot.DueDate:yyyy-MM-dd}; it can be renewed from {Renewals.OpensOn(snapshot):yyyy-MM-dd}.");
        }

        var levelId = command.PartnerLevelId ?? proposal.LevelId;
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (levelId != proposal.LevelId && reason is null)
        {
            throw new DomainRuleException(
                ProblemCodes.RenewalNeedsReason, $"The proposal is {proposal.LevelName}; renewing at another level needs the reason, which is kept.");
        }

        var level = await loader.LoadLevelAsync(levelId, cancellationToken);
        var account = await db.Accounts.Where(a => a.Id == snapshot.AccountId).SingleAsync(cancellationToken);
        var type = await db.PartnerTypes.Where(t => t.Id == snapshot.PartnerTypeId).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        // The old period ends first (D11 allows one active partnership per partner), then the next starts, all in this
        // command's one transaction: nobody ever sees the partner without an active partnership.
        var previous = await loader.LoadForChangeAsync(command.Id, cancellationToken);
        previous.Deactivate(now, user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);

        var start = previous.DueDate.AddDays(1);
        var next = Partnership.Create(
            account, type, level, command.Name, start, command.DueDate ?? Partnership.DefaultDueDate(start), isActive: true, now, user.DisplayName);
        next.RecordRenewal(previous, proposal, level.Name, reason, new TierContext(TierTrigger.Renewal, $"Renewal of {previous.Name}", now, user.DisplayName));
        db.Partnerships.Add(next);
        await db.SaveChangesAsync(cancellationToken);

        await ledger.CarryOverAsync(previous.Id, next.Id, cancellationToken);
        await evaluator.EvaluateAsync(q => q.Where(p => p.Id == next.Id), new TierContext(TierTrigger.Renewal, "First evaluation of the new period", now, user.DisplayName), cancellationToken);
        return await reader.GetAsync(next.Id, cancellationToken);
    }
}
