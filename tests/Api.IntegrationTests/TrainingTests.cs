using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Features.Trainings;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Training and certificates (W9): the one certification debit and its reversal, D8, the contact checks, validation, roles and the portal.</summary>
public abstract class TrainingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string Trainings = "/api/trainings";
    private const string Certificates = "/api/certificates";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task AnUnpaidTrainingsResult_DebitsOneUnitOnce_AndDeletingTheTrainingReversesIt()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var contact = await Contact(admin, partner.AccountId, "Carla Consultant");
        var fund = (await admin.Expect(
            admin.Post($"/api/partnerships/{partner.PartnershipId}/funds", new { fundTypeId = FundType.CertificationId }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.PostWithKey($"/api/funds/{fund}/credits", new { amount = 2m, description = "Two free places" }, Key()), HttpStatusCode.Created);
        var training = await admin.Expect(admin.Post(Trainings, NewTraining(partner.AccountId, contact, "NotPaid")), HttpStatusCode.Created);
        var id = training["id"]!.GetValue<string>();

        var missingKey = await admin.Expect(admin.PostWithKey($"{Trainings}/{id}/result", new { result = "Passed" }, null), HttpStatusCode.BadRequest);
        var key = Key();
        var passed = await admin.Expect(admin.PostWithKey($"{Trainings}/{id}/result", new { result = "Passed" }, key), HttpStatusCode.OK);
        var repeated = await admin.Expect(admin.PostWithKey($"{Trainings}/{id}/result", new { result = "Passed" }, key), HttpStatusCode.OK);
        var corrected = await admin.Expect(admin.PostWithKey($"{Trainings}/{id}/result", new { result = "Failed" }, Key()), HttpStatusCode.OK);
        var locked = await admin.Expect(admin.Put($"{Trainings}/{id}", Details(contact, "Paid")), HttpStatusCode.UnprocessableEntity);
        var renamed = await admin.Expect(admin.Put($"{Trainings}/{id}", Details(contact, "NotPaid") with { Course = "Advanced setup II" }), HttpStatusCode.OK);
        var afterDebit = await admin.GetJson($"/api/funds/{fund}");
        var debits = Entries(fund);

        training["result"].ShouldBeNull();
        training["contactName"]!.GetValue<string>().ShouldBe("Carla Consultant");
        missingKey["code"]!.GetValue<string>().ShouldBe("idempotency_key_required");
        passed["result"]!.GetValue<string>().ShouldBe("Passed");
        var entryId = passed["fundEntryId"]!.GetValue<string>();
        repeated["fundEntryId"]!.GetValue<string>().ShouldBe(entryId);
        corrected["result"]!.GetValue<string>().ShouldBe("Failed");
        corrected["fundEntryId"]!.GetValue<string>().ShouldBe(entryId, "one debit per training, ever");
        locked["code"]!.GetValue<string>().ShouldBe("training_payment_locked");
        renamed["course"]!.GetValue<string>().ShouldBe("Advanced setup II");
        afterDebit["balanceMinor"]!.GetValue<long>().ShouldBe(100);
        debits.ShouldBe([(EntryKind.CertificationDebit, -100L, CertificationFund.SourceType, Guid.Parse(id))]);
        Notices(id).ShouldBe([$"{partner.Email}: Training result: Carla Consultant passed \"Advanced setup\"", $"{partner.Email}: Training result: Carla Consultant did not pass \"Advanced setup\""]);

        await admin.Expect(admin.Delete($"{Trainings}/{id}"), HttpStatusCode.NoContent);
        (await admin.Get($"{Trainings}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetJson($"/api/funds/{fund}"))["balanceMinor"]!.GetValue<long>().ShouldBe(200, "the debit was reversed");
        Entries(fund).Select(e => (e.Kind, e.Amount)).ShouldBe([(EntryKind.CertificationDebit, -100L), (EntryKind.Reversal, 100L)]);
    }

    [SkippableFact]
    public async Task AnUnpaidResultTheFundCannotPay_Is409_AndWritesNothing_APaidOneNeedsNoFund()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var contact = await Contact(admin, partner.AccountId, "Nils Newcomer");
        var unpaid = (await admin.Expect(admin.Post(Trainings, NewTraining(partner.AccountId, contact, "NotPaid")), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var paid = (await admin.Expect(admin.Post(Trainings, NewTraining(partner.AccountId, contact, "Paid")), HttpStatusCode.Created))["id"]!.GetValue<string>();

        // No certification fund: it is opened on demand, empty, so the debit is refused and the opening rolled back too.
        var noFund = await admin.Expect(admin.PostWithKey($"{Trainings}/{unpaid}/result", new { result = "Passed" }, Key()), HttpStatusCode.Conflict);
        var fundsAfterRefusal = CertificationFunds(partner.PartnershipId);

        // An empty fund opened by the vendor: still refused, nothing posted.
        var fund = (await admin.Expect(
            admin.Post($"/api/partnerships/{partner.PartnershipId}/funds", new { fundTypeId = FundType.CertificationId }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var empty = await admin.Expect(admin.PostWithKey($"{Trainings}/{unpaid}/result", new { result = "Passed" }, Key()), HttpStatusCode.Conflict);
        var paidResult = await admin.Expect(admin.PostWithKey($"{Trainings}/{paid}/result", new { result = "Passed" }, Key()), HttpStatusCode.OK);

        noFund["code"]!.GetValue<string>().ShouldBe("insufficient_funds");
        noFund["detail"]!.GetValue<string>().ShouldContain("open it and credit it");
        fundsAfterRefusal.ShouldBe(0);
        empty["code"]!.GetValue<string>().ShouldBe("insufficient_funds");
        empty["detail"]!.GetValue<string>().ShouldContain("crediting the partner's certification fund");
        Entries(fund).ShouldBeEmpty();
        (await admin.GetJson($"/api/funds/{fund}"))["balanceMinor"]!.GetValue<long>().ShouldBe(0);
        var stillOpen = await admin.GetJson($"{Trainings}/{unpaid}");
        stillOpen["result"].ShouldBeNull("the refused request wrote nothing");
        stillOpen["fundEntryId"].ShouldBeNull();
        Notices(unpaid).ShouldBeEmpty("a refused request sends nothing");
        paidResult["fundEntryId"].ShouldBeNull();
        Notices(paid).Count.ShouldBe(1);
    }

    [SkippableFact]
    public async Task WithoutAnActivePartnership_AnUnpaidResultIs422()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var account = await Account(admin, "Partner");
        var contact = await Contact(admin, account, "Paula Prospect");
        var training = (await admin.Expect(admin.Post(Trainings, NewTraining(account, contact, "NotPaid")), HttpStatusCode.Created))["id"]!.GetValue<string>();

        var refused = await admin.Expect(admin.PostWithKey($"{Trainings}/{training}/result", new { result = "Passed" }, Key()), HttpStatusCode.UnprocessableEntity);

        refused["code"]!.GetValue<string>().ShouldBe("no_active_partnership");
        (await admin.GetJson($"{Trainings}/{training}"))["result"].ShouldBeNull();
    }

    [SkippableFact]
    public async Task ContactsOfAnotherAccount_OtherAccounts_AndBadInput_AreRefused()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Account(admin, "Partner");
        var other = await Account(admin, "Partner");
        var customer = await Account(admin, "Customer");
        var contact = await Contact(admin, partner, "Olga Own");
        var stranger = await Contact(admin, other, "Sam Stranger");
        var customerContact = await Contact(admin, customer, "Cody Customer");
        var strangersTraining = (await admin.Expect(admin.Post(Trainings, NewTraining(other, stranger, "Paid")), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var training = (await admin.Expect(admin.Post(Trainings, NewTraining(partner, contact, "Paid")), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var certificate = (await admin.Expect(admin.Post(Certificates, NewCertificate(partner, contact)), HttpStatusCode.Created))["id"]!.GetValue<string>();

        var problems = new (Task<HttpResponseMessage> Call, HttpStatusCode Status, string Code)[]
        {
            (admin.Post(Trainings, NewTraining(partner, stranger, "Paid")), HttpStatusCode.UnprocessableEntity, "contact_of_other_account"),
            (admin.Put($"{Trainings}/{training}", Details(stranger, "Paid")), HttpStatusCode.UnprocessableEntity, "contact_of_other_account"),
            (admin.Post(Certificates, NewCertificate(partner, stranger)), HttpStatusCode.UnprocessableEntity, "contact_of_other_account"),
            (admin.Put($"{Certificates}/{certificate}", NewCertificate(partner, stranger)), HttpStatusCode.UnprocessableEntity, "contact_of_other_account"),
            (admin.Post(Trainings, NewTraining(customer, customerContact, "Paid")), HttpStatusCode.UnprocessableEntity, "account_not_partner"),
            (admin.Post(Trainings, NewTraining(Guid.NewGuid().ToString(), contact, "Paid")), HttpStatusCode.NotFound, "not_found"),
            (admin.Post(Certificates, NewCertificate(partner, contact) with { TrainingId = strangersTraining }), HttpStatusCode.UnprocessableEntity, "certificate_training_invalid"),
            (admin.Post(Certificates, NewCertificate(partner, contact) with { ExpiresOn = new DateOnly(2025, 12, 31) }), HttpStatusCode.UnprocessableEntity, "period_invalid"),
            (admin.Post(Trainings, NewTraining(partner, contact, "Paid") with { Course = " " }), HttpStatusCode.BadRequest, "validation_failed"),
            (admin.Post(Trainings, NewTraining(partner, contact, "Paid") with { Course = new string('c', 201) }), HttpStatusCode.BadRequest, "validation_failed"),
            (admin.Post(Trainings, NewTraining(partner, contact, "Sometimes")), HttpStatusCode.BadRequest, "malformed_request"),
            (admin.Post(Certificates, NewCertificate(partner, contact) with { Name = "" }), HttpStatusCode.BadRequest, "validation_failed"),
            (admin.Post(Certificates, NewCertificate(partner, contact) with { Number = new string('9', 101) }), HttpStatusCode.BadRequest, "validation_failed"),
            (admin.PostWithKey($"{Trainings}/{training}/result", new { result = "Maybe" }, Key()), HttpStatusCode.BadRequest, "malformed_request"),
            (admin.Get($"{Trainings}?pageSize=0"), HttpStatusCode.BadRequest, "validation_failed"),
            (admin.Get($"{Certificates}/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not_found"),
        };
        foreach (var (call, status, code) in problems)
        {
            (await admin.Expect(call, status))["code"]!.GetValue<string>().ShouldBe(code);
        }
    }

    [SkippableFact]
    public async Task Certificates_ShowTheirStatus_ChangeAndDelete_AndEmployeesActByRole()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var finance = await Factory.SignedIn("finance@partnerportal.local", "Finance123!demo");
        var portalManager = await Factory.SignedIn("portal.admin@partnerportal.local", "Portal123!demo");
        var account = await Account(admin, "Partner");
        var contact = await Contact(admin, account, "Vera Valid");
        var training = (await admin.Expect(admin.Post(Trainings, NewTraining(account, contact, "Paid")), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var valid = await admin.Expect(
            admin.Post(Certificates, NewCertificate(account, contact) with { Number = "C-1", IssuedOn = today.AddYears(-1), ExpiresOn = today.AddYears(1), TrainingId = training }),
            HttpStatusCode.Created);
        var expired = await admin.Expect(
            admin.Post(Certificates, NewCertificate(account, contact) with { Name = "Old certificate", IssuedOn = today.AddYears(-3), ExpiresOn = today.AddDays(-1) }),
            HttpStatusCode.Created);
        var expiredId = expired["id"]!.GetValue<string>();
        var renewed = await admin.Expect(
            admin.Put($"{Certificates}/{expiredId}", NewCertificate(account, contact) with { Name = "Old certificate", IssuedOn = today.AddYears(-3), ExpiresOn = null }),
            HttpStatusCode.OK);
        var listed = (await finance.GetJson($"{Certificates}?accountId={account}&contactId={contact}"))["items"]!.AsArray();

        valid["status"]!.GetValue<string>().ShouldBe("Valid");
        valid["isValid"]!.GetValue<bool>().ShouldBeTrue();
        valid["trainingId"]!.GetValue<string>().ShouldBe(training);
        valid["contactName"]!.GetValue<string>().ShouldBe("Vera Valid");
        expired["status"]!.GetValue<string>().ShouldBe("Expired");
        expired["isValid"]!.GetValue<bool>().ShouldBeFalse();
        renewed["isValid"]!.GetValue<bool>().ShouldBeTrue();
        listed.Select(c => c!["id"]!.GetValue<string>()).ShouldBe([valid["id"]!.GetValue<string>(), expiredId], "newest issue first");
        (await finance.GetJson($"{Trainings}?accountId={account}"))["items"]!.AsArray().Count.ShouldBe(1);

        (await finance.Post(Certificates, NewCertificate(account, contact))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await finance.Delete($"{Certificates}/{expiredId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await portalManager.Get(Trainings)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Deleting a training keeps the certificate earned in it.
        await admin.Expect(admin.Delete($"{Trainings}/{training}"), HttpStatusCode.NoContent);
        (await admin.GetJson($"{Certificates}/{valid["id"]!.GetValue<string>()}"))["trainingId"].ShouldBeNull();
        await admin.Expect(admin.Delete($"{Certificates}/{expiredId}"), HttpStatusCode.NoContent);
        (await admin.Get($"{Certificates}/{expiredId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task ThePortal_ListsOnlyThePartnersOwnTrainingsAndCertificates()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var aContact = await Contact(admin, a.AccountId, "Anna of A");
        var bContact = await Contact(admin, b.AccountId, "Bert of B");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await admin.Expect(admin.Post(Trainings, NewTraining(a.AccountId, aContact, "Paid") with { Course = "A's course" }), HttpStatusCode.Created);
        await admin.Expect(admin.Post(Trainings, NewTraining(b.AccountId, bContact, "Paid") with { Course = "B's course" }), HttpStatusCode.Created);
        await admin.Expect(
            admin.Post(Certificates, NewCertificate(a.AccountId, aContact) with { Name = "A's expired", IssuedOn = today.AddYears(-2), ExpiresOn = today.AddDays(-1) }),
            HttpStatusCode.Created);
        await admin.Expect(admin.Post(Certificates, NewCertificate(b.AccountId, bContact) with { Name = "B's certificate" }), HttpStatusCode.Created);

        var aTrainings = (await a.Client.GetJson("/api/portal/trainings"))["items"]!.AsArray();
        var aCertificates = (await a.Client.GetJson("/api/portal/certificates"))["items"]!.AsArray();
        var bCertificates = (await b.Client.GetJson("/api/portal/certificates"))["items"]!.AsArray();

        aTrainings.Select(t => (t!["course"]!.GetValue<string>(), t["contactName"]!.GetValue<string>())).ShouldBe([("A's course", "Anna of A")]);
        aCertificates.Select(c => (c!["name"]!.GetValue<string>(), c["status"]!.GetValue<string>(), c["isValid"]!.GetValue<bool>()))
            .ShouldBe([("A's expired", "Expired", false)]);
        bCertificates.Select(c => c!["name"]!.GetValue<string>()).ShouldBe(["B's certificate"]);
        (await a.Client.Get(Trainings)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the back-office list is not the portal's");
    }

    [SkippableFact]
    public async Task TheDemoData_ShowsAValidAndAnExpiredCertificate()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var tailspin = (await admin.GetJson("/api/accounts?search=Tailspin"))["items"]!.AsArray().Single()!["id"]!.GetValue<string>();

        var certificates = (await admin.GetJson($"{Certificates}?accountId={tailspin}"))["items"]!.AsArray();
        var trainings = (await admin.GetJson($"{Trainings}?accountId={tailspin}"))["items"]!.AsArray();

        certificates.Select(c => (c!["contactName"]!.GetValue<string>(), c["status"]!.GetValue<string>())).ShouldBe([("Alex Morgan", "Valid"), ("Sam Lee", "Expired")]);
        trainings.ShouldAllBe(t => t!["result"]!.GetValue<string>() == "Passed");
        trainings.Count.ShouldBe(2);
    }

    private static string Key() => Guid.NewGuid().ToString();

    private static TrainingBody NewTraining(string accountId, string contactId, string payment) =>
        new(accountId, contactId, "Advanced setup", new DateOnly(2026, 4, 20), payment);

    private static TrainingBody Details(string contactId, string payment) => NewTraining(Guid.Empty.ToString(), contactId, payment);

    private static CertificateBody NewCertificate(string accountId, string contactId) =>
        new(accountId, contactId, "Certified consultant", null, new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), null);

    private static async Task<string> Contact(ApiClient admin, string accountId, string name) =>
        (await admin.Expect(
            admin.Post($"/api/accounts/{accountId}/contacts", new { name, email = $"{Guid.NewGuid():N}@partner.example" }), HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static async Task<string> Account(ApiClient admin, string type) =>
        (await admin.Expect(admin.Post("/api/accounts", new { name = $"{type} {Guid.NewGuid():N}", type }), HttpStatusCode.Created))["id"]!.GetValue<string>();

    private List<(EntryKind Kind, long Amount, string? SourceType, Guid? SourceId)> Entries(string fundId) =>
        [.. Factory.WithDb(db => db.FundTransactions.AsNoTracking().Where(e => e.FundId == Guid.Parse(fundId) && e.Kind != EntryKind.ManualCredit)
            .Select(e => new { e.Kind, e.Amount, e.SourceType, e.SourceId, e.CreatedAt }).ToList())
            .OrderBy(e => e.CreatedAt).Select(e => (e.Kind, e.Amount, e.SourceType, e.SourceId))];

    private int CertificationFunds(string partnershipId) =>
        Factory.WithDb(db => db.Funds.Count(f => f.PartnershipId == Guid.Parse(partnershipId) && f.FundTypeId == FundType.CertificationId));

    private List<string> Notices(string trainingId) =>
        [.. Factory.WithDb(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Topic == TrainingResultEmail.Topic && m.SubjectId == Guid.Parse(trainingId))
            .Select(m => new { m.Summary, m.CreatedAt }).ToList()).OrderBy(m => m.CreatedAt).Select(m => m.Summary)];

    private sealed record TrainingBody(string AccountId, string ContactId, string Course, DateOnly Date, string Payment);

    private sealed record CertificateBody(
        string AccountId, string ContactId, string Name, string? Number, DateOnly IssuedOn, DateOnly? ExpiresOn, string? TrainingId);
}

public sealed class SqliteTrainingTests(SqliteApiFactory factory) : TrainingTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresTrainingTests(PostgresApiFactory factory) : TrainingTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerTrainingTests(SqlServerApiFactory factory) : TrainingTests<SqlServerApiFactory>(factory);
