using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.Notifications;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings;

/// <summary>D12: a recorded training result tells the partner's organization admins (in-app and e-mail through the outbox).</summary>
public sealed class TrainingResultEmail(IApplicationDbContext db, PartnerRecipients partnerSide, Notifier notifier) : DomainEventHandler<TrainingResultRecorded>
{
    public const string Topic = "training";

    protected override async Task Handle(TrainingResultRecorded recorded, CancellationToken cancellationToken)
    {
        var recipients = await partnerSide.ListAsync(recorded.AccountId, null, cancellationToken);
        if (recipients.Count == 0)
        {
            return; // no portal users (yet): nobody to tell
        }

        var contact = await db.Contacts.Where(c => c.Id == recorded.ContactId).Select(c => c.Name).SingleAsync(cancellationToken);
        var result = recorded.Result == TrainingResult.Passed ? "passed" : "did not pass";
        notifier.Send(recipients, new Notice(
            Topic, recorded.TrainingId, $"Training result: {contact} {result} \"{recorded.Course}\"",
            $"{contact} {result} the training \"{recorded.Course}\" of {recorded.Date:yyyy-MM-dd}.", "/portal/training", "Open your training"));
    }
}
