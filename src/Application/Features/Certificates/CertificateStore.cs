using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Features.Contacts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Certificates;

/// <summary>The write side the certificate use cases share: loading for a change, and the checks of what a certificate points at.</summary>
public sealed class CertificateStore(IApplicationDbContext db, PartnerContacts contacts)
{
    public Task<Certificate> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Certificates.Where(c => c.Id == id).FirstOr404Async("Certificate", id, cancellationToken);

    /// <summary>The contact is one of the partner account's (422 <c>contact_of_other_account</c>); the training, when named, one of the same contact's (422 <c>certificate_training_invalid</c>).</summary>
    public async Task EnsureReferencesAsync(Guid accountId, ICertificateFields fields, CancellationToken cancellationToken)
    {
        await contacts.EnsureAsync(accountId, fields.ContactId, cancellationToken);
        if (fields.TrainingId is { } trainingId
            && !await db.Trainings.AnyAsync(t => t.Id == trainingId && t.AccountId == accountId && t.ContactId == fields.ContactId, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.CertificateTrainingInvalid, "The training must be one of the same contact of the partner.");
        }
    }
}
