using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings;

/// <summary>Reads of trainings with their contact's and partner's names, newest first (inside the partner scope for portal users).</summary>
public sealed class TrainingReader(IApplicationDbContext db)
{
    public Task<Paged<TrainingDto>> ListAsync(Guid? accountId, Guid? contactId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var trainings = db.Trainings.AsNoTracking();
        if (accountId is { } account)
        {
            trainings = trainings.Where(t => t.AccountId == account);
        }

        if (contactId is { } contact)
        {
            trainings = trainings.Where(t => t.ContactId == contact);
        }

        return Project(trainings).ToPagedAsync(page, pageSize, cancellationToken);
    }

    public Task<TrainingDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Project(db.Trainings.AsNoTracking().Where(t => t.Id == id)).FirstOr404Async("Training", id, cancellationToken);

    /// <summary>The portal's list: the query filter keeps it to the caller's partner.</summary>
    public Task<Paged<PortalTrainingDto>> ListMineAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        (from t in db.Trainings.AsNoTracking()
         join c in db.Contacts on t.ContactId equals c.Id
         orderby t.Date descending, t.Id descending
         select new PortalTrainingDto(t.Id, t.ContactId, c.Name, t.Course, t.Date, t.Payment, t.Result, t.ResultAt))
        .ToPagedAsync(page, pageSize, cancellationToken);

    private IQueryable<TrainingDto> Project(IQueryable<Training> trainings) =>
        from t in trainings
        join c in db.Contacts on t.ContactId equals c.Id
        join a in db.Accounts on t.AccountId equals a.Id
        orderby t.Date descending, t.Id descending
        select new TrainingDto(t.Id, t.AccountId, a.Name, t.ContactId, c.Name, t.Course, t.Date, t.Payment, t.Result, t.ResultAt, t.FundEntryId, t.CreatedAt);
}
