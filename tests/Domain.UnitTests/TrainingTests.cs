using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Domain.UnitTests;

/// <summary>Trainings and certificates (W9): the one certification debit, the locked payment, validity and the tier engine's TierInputChanged event.</summary>
public sealed class TrainingTests
{
    private static readonly DateTime Now = new(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Account = Guid.NewGuid();
    private static readonly Guid Contact = Guid.NewGuid();

    private static Training NewTraining(TrainingPayment payment) => Training.Create(Account, Contact, "  Advanced setup  ", new DateOnly(2026, 4, 20), payment, Now);

    private static Certificate NewCertificate(DateOnly issued, DateOnly? expires) =>
        Certificate.Create(Account, Contact, "Certified consultant", null, issued, expires, null, Now);

    [Fact]
    public void AnUnpaidTraining_NeedsTheCertificationDebitOnlyUntilItIsAttached()
    {
        var training = NewTraining(TrainingPayment.NotPaid);
        training.NeedsCertificationDebit.ShouldBeFalse("no result yet");

        training.RecordResult(TrainingResult.Failed, Now);
        training.NeedsCertificationDebit.ShouldBeTrue();
        var entry = Guid.NewGuid();
        training.AttachCertificationDebit(entry);
        training.RecordResult(TrainingResult.Passed, Now.AddDays(1));

        training.NeedsCertificationDebit.ShouldBeFalse("one debit per training, ever");
        training.FundEntryId.ShouldBe(entry);
        training.Result.ShouldBe(TrainingResult.Passed);
        training.ResultAt.ShouldBe(Now.AddDays(1));
        training.Course.ShouldBe("Advanced setup");
        training.DomainEvents.OfType<TrainingResultRecorded>().Select(e => e.Result).ShouldBe([TrainingResult.Failed, TrainingResult.Passed]);
        Should.Throw<InvalidOperationException>(() => training.AttachCertificationDebit(Guid.NewGuid()));
    }

    [Fact]
    public void APaidTraining_NeverNeedsTheCertificationFund()
    {
        var training = NewTraining(TrainingPayment.Paid);
        training.RecordResult(TrainingResult.Passed, Now);
        training.NeedsCertificationDebit.ShouldBeFalse();
    }

    [Fact]
    public void ThePayment_IsLockedOnceDebited_TheOtherDetailsAreNot()
    {
        var training = NewTraining(TrainingPayment.NotPaid);
        training.Update(Contact, "Renamed", new DateOnly(2026, 4, 21), TrainingPayment.Paid);
        training.Update(Contact, "Renamed", new DateOnly(2026, 4, 21), TrainingPayment.NotPaid);
        training.RecordResult(TrainingResult.Passed, Now);
        training.AttachCertificationDebit(Guid.NewGuid());

        var refused = Should.Throw<DomainRuleException>(() => training.Update(Contact, "Renamed", new DateOnly(2026, 4, 21), TrainingPayment.Paid));
        training.Update(Contact, "Renamed again", new DateOnly(2026, 4, 22), TrainingPayment.NotPaid);

        refused.Code.ShouldBe(ProblemCodes.TrainingPaymentLocked);
        training.Course.ShouldBe("Renamed again");
        training.Payment.ShouldBe(TrainingPayment.NotPaid);
    }

    [Fact]
    public void ATrainingNeedsACourse()
    {
        Should.Throw<DomainRuleException>(() => Training.Create(Account, Contact, " ", new DateOnly(2026, 1, 1), TrainingPayment.Paid, Now))
            .Code.ShouldBe(ProblemCodes.Required);
        Should.Throw<DomainRuleException>(() => Training.Create(Account, Contact, new string('x', 201), new DateOnly(2026, 1, 1), TrainingPayment.Paid, Now))
            .Code.ShouldBe(ProblemCodes.TooLong);
    }

    [Fact]
    public void ACertificate_IsValidFromIssueThroughExpiry()
    {
        var certificate = NewCertificate(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var forever = NewCertificate(new DateOnly(2026, 1, 1), null);

        certificate.IsValidOn(new DateOnly(2025, 12, 31)).ShouldBeFalse();
        certificate.StatusOn(new DateOnly(2025, 12, 31)).ShouldBe(CertificateStatus.NotYetValid);
        certificate.IsValidOn(new DateOnly(2026, 1, 1)).ShouldBeTrue();
        certificate.IsValidOn(new DateOnly(2026, 12, 31)).ShouldBeTrue();
        certificate.IsValidOn(new DateOnly(2027, 1, 1)).ShouldBeFalse();
        certificate.StatusOn(new DateOnly(2027, 1, 1)).ShouldBe(CertificateStatus.Expired);
        forever.IsValidOn(new DateOnly(2099, 1, 1)).ShouldBeTrue();
    }

    [Fact]
    public void ACertificate_CannotExpireBeforeItIsIssued()
    {
        Should.Throw<DomainRuleException>(() => NewCertificate(new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 31))).Code.ShouldBe(ProblemCodes.PeriodInvalid);
        NewCertificate(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1)).IsValidOn(new DateOnly(2026, 2, 1)).ShouldBeTrue("a one-day certificate");
    }

    [Fact]
    public void ACertificateChange_AsksTheTierEngineToEvaluateThePartner_OnCreateUpdateAndDelete()
    {
        var certificate = NewCertificate(new DateOnly(2026, 1, 1), null);
        certificate.Update(Contact, "Certified architect", "A-1", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), null);
        certificate.Delete();

        certificate.DomainEvents.ShouldBe([
            new TierInputChanged(Account, "Certificate changed"), new TierInputChanged(Account, "Certificate changed"), new TierInputChanged(Account, "Certificate deleted")]);
        certificate.Number.ShouldBe("A-1");
    }
}
