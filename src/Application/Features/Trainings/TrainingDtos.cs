using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings;

/// <summary>A training as employees see it (<see cref="FundEntryId"/>: the certification debit, when one was posted).</summary>
public sealed record TrainingDto(
    Guid Id, Guid AccountId, string AccountName, Guid ContactId, string ContactName, string Course, DateOnly Date, TrainingPayment Payment,
    TrainingResult? Result, DateTime? ResultAt, Guid? FundEntryId, DateTime CreatedAt);

/// <summary>A training of the partner's own contacts, on the portal.</summary>
public sealed record PortalTrainingDto(
    Guid Id, Guid ContactId, string ContactName, string Course, DateOnly Date, TrainingPayment Payment, TrainingResult? Result, DateTime? ResultAt);
