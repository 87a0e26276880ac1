using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Features.ProgramSettings;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.Tiers;

/// <summary>The renewal page: the level proposed for the next period and why, and when the renewal can be done.</summary>
public sealed record RenewalProposalDto(
    Guid PartnershipId, Guid CurrentLevelId, string CurrentLevelName, Guid ProposedLevelId, string ProposedLevelName, bool MovesDown,
    string Reason, DateOnly GraceUntil, DateOnly OpensOn, bool CanRenewNow, DateOnly NextStartDate, DateOnly NextDueDate);

/// <summary>D4: proposes the next period's level from the period's records (the grace days included).</summary>
public sealed class Renewals(IApplicationDbContext db, TierEvaluator evaluator, ProgramSettingsStore settings, TimeProvider clock)
{
    /// <summary>A renewal can be done from this many days before the period's end.</summary>
    public const int OpensDaysBeforeDue = 30;

    public async Task<(Partnership Partnership, RenewalProposal Proposal)> ProposeAsync(Guid id, CancellationToken cancellationToken)
    {
        var program = await settings.GetAsync(cancellationToken);
        var batch = db.Partnerships.Where(p => p.Id == id);
        var partnership = await batch.AsNoTracking().Include(p => p.Parameters).FirstOr404Async("Partnership", id, cancellationToken);
        var inputs = await evaluator.InputsAsync(batch, [partnership], program, program.RenewalGraceDays, cancellationToken);
        return (partnership, partnership.ProposeRenewal(inputs(partnership), program.RenewalGraceDays));
    }

    public async Task<RenewalProposalDto> DescribeAsync(Guid id, CancellationToken cancellationToken)
    {
        var (partnership, proposal) = await ProposeAsync(id, cancellationToken);
        var current = await db.PartnerLevels.AsNoTracking().Where(l => l.Id == partnership.PartnerLevelId).Select(l => l.Name).SingleAsync(cancellationToken);
        var opensOn = OpensOn(partnership);
        var next = partnership.DueDate.AddDays(1);
        return new RenewalProposalDto(
            partnership.Id, partnership.PartnerLevelId, current, proposal.LevelId, proposal.LevelName, proposal.MovesDown, proposal.Reason, proposal.GraceUntil,
            opensOn, partnership.IsActive && Today >= opensOn, next, Partnership.DefaultDueDate(next));
    }

    public static DateOnly OpensOn(Partnership partnership) => partnership.DueDate.AddDays(-OpensDaysBeforeDue);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
