using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels;

/// <summary>Reads levels with their parameters as DTOs in two set-based queries.</summary>
public sealed class PartnerLevelReader(IApplicationDbContext db)
{
    public async Task<IReadOnlyList<PartnerLevelDto>> ReadAsync(IQueryable<PartnerLevel> levels, CancellationToken cancellationToken)
    {
        var heads = await levels.AsNoTracking().OrderBy(l => l.Number)
            .Select(l => new { l.Id, l.PartnerTypeId, l.Name, l.Description, l.Number, l.TargetScore })
            .ToListAsync(cancellationToken);
        var ids = heads.Select(h => h.Id).ToList();
        var parameters = await ProjectParameters(db.LevelParameters.Where(p => ids.Contains(p.LevelId))).ToListAsync(cancellationToken);
        return [.. heads.Select(h => new PartnerLevelDto(
            h.Id, h.PartnerTypeId, h.Name, h.Description, h.Number, h.TargetScore,
            [.. parameters.Where(p => p.LevelId == h.Id).OrderBy(p => p.Kind).ThenBy(p => p.CategoryName).ThenBy(p => p.StartDate)]))];
    }

    public async Task<PartnerLevelDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(db.PartnerLevels.Where(l => l.Id == id), cancellationToken)).FirstOrDefault()
        ?? throw new NotFoundException("Partner level", id);

    public Task<LevelParameterDto> GetParameterAsync(Guid id, CancellationToken cancellationToken) =>
        ProjectParameters(db.LevelParameters.Where(p => p.Id == id)).FirstOr404Async("Level parameter", id, cancellationToken);

    private IQueryable<LevelParameterDto> ProjectParameters(IQueryable<LevelParameter> parameters) =>
        from p in parameters.AsNoTracking()
        join c in db.ParameterCategories on p.CategoryId equals c.Id
        select new LevelParameterDto(
            p.Id, p.LevelId, p.Kind, p.CategoryId, c.Name, p.Value.Type, p.Value.Number, p.Value.Text, p.Value.Flag, p.Value.PriceListId, p.Value.Display(),
            p.Score, p.StartDate, p.DueDate);
}
