using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Features.Funds;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Issue 8: funds and the double-entry ledger through the API (concurrency, idempotency, overdraft, reversal, carry-over, isolation).</summary>
public abstract class FundTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string Password = "Portal123!pass";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task FiftyConcurrentDebits_NeverOverdraw_AndTheBalanceIsTheSumOfTheEntries()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var (_, fund) = await FundedPartnership(manager);
        await manager.Expect(manager.PostWithKey($"/api/funds/{fund}/credits", new { amount = 20m, description = "Budget" }, Key()), HttpStatusCode.Created);
        var clients = new List<ApiClient>();
        for (var i = 0; i < 10; i++)
        {
            clients.Add(await Factory.Manager());
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            clients[i % clients.Count].PostWithKey($"/api/funds/{fund}/debits", new { amount = 1m, description = $"Debit {i}" }, Key())));

        var created = 0;
        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                created++;
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
            JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldBe("insufficient_funds");
        }

        created.ShouldBe(20);
        var after = await manager.GetJson($"/api/funds/{fund}");
        after["balanceMinor"]!.GetValue<long>().ShouldBe(0);
        var reconciliation = await manager.GetJson($"/api/funds/{fund}/reconciliation");
        reconciliation["agrees"]!.GetValue<bool>().ShouldBeTrue();
        reconciliation["postingSumMinor"]!.GetValue<long>().ShouldBe(0);
        reconciliation["entryCount"]!.GetValue<int>().ShouldBe(21);
        var ledger = await manager.GetJson("/api/funds/reconciliation");
        ledger["globalPostingSumMinor"]!.GetValue<long>().ShouldBe(0);
        ledger["balanced"]!.GetValue<bool>().ShouldBeTrue();
    }

    [SkippableFact]
    public async Task IdempotencyKey_RepeatReturnsTheFirstResponse_ReuseIs422_MissingIs400_ConcurrentRepeatsPayOnce()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var (_, fund) = await FundedPartnership(manager);
        var key = Key();
        var body = new { amount = 12.34m, description = "Campaign budget" };

        var first = await manager.PostWithKey($"/api/funds/{fund}/credits", body, key);
        var second = await manager.PostWithKey($"/api/funds/{fund}/credits", body, key);
        var reused = await manager.Expect(manager.PostWithKey($"/api/funds/{fund}/credits", new { amount = 99m, description = "Other" }, key), HttpStatusCode.UnprocessableEntity);
        var missing = await manager.Expect(manager.PostWithKey($"/api/funds/{fund}/credits", body, null), HttpStatusCode.BadRequest);
        var otherCaller = await Factory.SignedIn("finance@partnerportal.local", "Finance123!demo");
        await otherCaller.Expect(otherCaller.PostWithKey($"/api/funds/{fund}/credits", body, key), HttpStatusCode.Created);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        second.Headers.Location.ShouldBe(first.Headers.Location);
        reused["code"]!.GetValue<string>().ShouldBe("idempotency_key_reused");
        missing["code"]!.GetValue<string>().ShouldBe("idempotency_key_required");
        (await manager.GetJson($"/api/fund-operations?fundId={fund}&kind=ManualCredit"))["totalCount"]!.GetValue<int>().ShouldBe(2, "one per caller");
        (await manager.GetJson($"/api/funds/{fund}"))["balance"]!.GetValue<decimal>().ShouldBe(24.68m);

        var concurrentKey = Key();
        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            manager.PostWithKey($"/api/funds/{fund}/debits", new { amount = 1m, description = "Double click" }, concurrentKey)));
        var bodies = new List<string>();
        foreach (var response in racing)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created)
            {
                bodies.Add(text);
            }
            else
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Conflict, text);
                JsonNode.Parse(text)!["code"]!.GetValue<string>().ShouldBe("idempotency_key_in_progress");
            }
        }

        bodies.ShouldNotBeEmpty();
        bodies.Distinct().Count().ShouldBe(1, "every success is the one first response");
        (await manager.GetJson($"/api/fund-operations?fundId={fund}&kind=ManualDebit"))["totalCount"]!.GetValue<int>().ShouldBe(1);
    }

    [SkippableFact]
    public async Task Reversal_UndoesOnce_AReversalIsNotReversible_AndAmountsAreExact()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var (_, fund) = await FundedPartnership(manager);
        var credit = await manager.Expect(manager.PostWithKey($"/api/funds/{fund}/credits", new { amount = 100.10m, description = "Budget" }, Key()), HttpStatusCode.Created);
        var creditId = credit["id"]!.GetValue<string>();

        var reversal = await manager.Expect(manager.PostWithKey($"/api/fund-operations/{creditId}/reverse", new { reason = "Wrong fund" }, Key()), HttpStatusCode.Created);
        var twice = await manager.Expect(manager.PostWithKey($"/api/fund-operations/{creditId}/reverse", new { reason = "Again" }, Key()), HttpStatusCode.Conflict);
        var ofReversal = await manager.Expect(
            manager.PostWithKey($"/api/fund-operations/{reversal["id"]}/reverse", new { reason = "Undo the undo" }, Key()), HttpStatusCode.UnprocessableEntity);
        var threeDecimals = await manager.Expect(manager.PostWithKey($"/api/funds/{fund}/credits", new { amount = 1.005m, description = "x" }, Key()), HttpStatusCode.BadRequest);
        var original = await manager.GetJson($"/api/fund-operations/{creditId}");

        credit["amountMinor"]!.GetValue<long>().ShouldBe(10_010);
        credit["amount"]!.GetValue<decimal>().ShouldBe(100.10m);
        credit["postings"]!.AsArray().Sum(p => p!["amountMinor"]!.GetValue<long>()).ShouldBe(0);
        reversal["kind"]!.GetValue<string>().ShouldBe("Reversal");
        reversal["amountMinor"]!.GetValue<long>().ShouldBe(-10_010);
        reversal["reversesEntryId"]!.GetValue<string>().ShouldBe(creditId);
        original["reversedByEntryId"]!.GetValue<string>().ShouldBe(reversal["id"]!.GetValue<string>());
        twice["code"]!.GetValue<string>().ShouldBe("entry_already_reversed");
        ofReversal["code"]!.GetValue<string>().ShouldBe("entry_not_reversible");
        threeDecimals["errors"]!["amount"].ShouldNotBeNull();
        (await manager.GetJson($"/api/funds/{fund}"))["balanceMinor"]!.GetValue<long>().ShouldBe(0);
    }

    [SkippableFact]
    public async Task Overdraft_FinanceWithAReason_WithoutReasonIs422_PartnerManagerIsRefused()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var finance = await Factory.SignedIn("finance@partnerportal.local", "Finance123!demo");
        var (_, fund) = await FundedPartnership(manager);
        await manager.Expect(manager.PostWithKey($"/api/funds/{fund}/credits", new { amount = 5m, description = "Budget" }, Key()), HttpStatusCode.Created);

        var byManager = await manager.Expect(
            manager.PostWithKey($"/api/funds/{fund}/debits", new { amount = 8m, description = "Event", overdraftReason = "Please" }, Key()), HttpStatusCode.Conflict);
        var noReason = await finance.Expect(
            finance.PostWithKey($"/api/funds/{fund}/debits", new { amount = 8m, description = "Event" }, Key()), HttpStatusCode.UnprocessableEntity);
        var allowed = await finance.Expect(
            finance.PostWithKey($"/api/funds/{fund}/debits", new { amount = 8m, description = "Event", overdraftReason = "Signed off by the CFO" }, Key()),
            HttpStatusCode.Created);
        var me = await finance.GetJson("/api/auth/me");

        byManager["code"]!.GetValue<string>().ShouldBe("insufficient_funds");
        noReason["code"]!.GetValue<string>().ShouldBe("overdraft_reason_required");
        allowed["overdraftReason"]!.GetValue<string>().ShouldBe("Signed off by the CFO");
        allowed["balanceAfterMinor"]!.GetValue<long>().ShouldBe(-300);
        me["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldContain("funds.overdraw");
        (await manager.GetJson("/api/auth/me"))["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldNotContain("funds.overdraw");
    }

    [SkippableFact]
    public async Task MarketingFund_IsOpenedWithTheBenefit_OnCreateAndOnPromotion_NotWithoutIt()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(admin);
        await AddMarketingBenefit(admin, program.SilverId, 2);
        var withoutBenefit = await CreatePartnership(manager, program);

        var before = (await manager.GetJson($"/api/partnerships/{withoutBenefit}/funds")).AsArray();
        foreach (var obligation in (await manager.GetJson($"/api/partnerships/{withoutBenefit}"))["obligations"]!.AsArray())
        {
            await manager.Expect(
                manager.Put($"/api/partnerships/{withoutBenefit}/parameters/{obligation!["currentParameterId"]}", new
                {
                    numberValue = obligation["targetValue"]!.GetValue<decimal>(), overrideReason = "Reached before the portal",
                }),
                HttpStatusCode.OK);
        }

        var afterPromotion = (await manager.GetJson($"/api/partnerships/{withoutBenefit}/funds")).AsArray();
        var (funded, _) = await FundedPartnership(manager, admin);
        var atCreation = (await manager.GetJson($"/api/partnerships/{funded}/funds")).AsArray();

        before.ShouldBeEmpty();
        afterPromotion.Single()!["fundTypeCode"]!.GetValue<string>().ShouldBe("Marketing");
        afterPromotion.Single()!["name"]!.GetValue<string>().ShouldBe("Marketing fund");
        afterPromotion.Single()!["currency"]!.GetValue<string>().ShouldBe("EUR");
        atCreation.Single()!["balanceMinor"]!.GetValue<long>().ShouldBe(0);
        var duplicate = await manager.Expect(
            manager.Post($"/api/partnerships/{funded}/funds", new { fundTypeId = FundType.MarketingId }), HttpStatusCode.Conflict);
        duplicate["code"]!.GetValue<string>().ShouldBe("fund_exists");
        var certification = await manager.Expect(
            manager.Post($"/api/partnerships/{funded}/funds", new { fundTypeId = FundType.CertificationId }), HttpStatusCode.Created);
        certification["fundTypeCode"]!.GetValue<string>().ShouldBe("Certification");
    }

    [SkippableFact]
    public async Task InactivePartnership_MovesNoMoney()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var (partnership, fund) = await FundedPartnership(manager);
        await manager.Expect(manager.Post($"/api/partnerships/{partnership}/deactivate"), HttpStatusCode.OK);

        var refused = await manager.Expect(
            manager.PostWithKey($"/api/funds/{fund}/credits", new { amount = 5m, description = "Budget" }, Key()), HttpStatusCode.UnprocessableEntity);

        refused["code"]!.GetValue<string>().ShouldBe("partnership_inactive");
        (await manager.GetJson($"/api/fund-operations?fundId={fund}"))["totalCount"]!.GetValue<int>().ShouldBe(0);
    }

    [SkippableFact]
    public async Task CarryOver_MovesEachBalanceIntoTheNextPeriod_AndTheLedgerStaysAtZero()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(admin);
        await AddMarketingBenefit(admin, program.BronzeId, 1);
        var partner = await CreatePartner(manager);
        var old = (await manager.Expect(manager.Post("/api/partnerships", new
        {
            accountId = partner, partnerTypeId = program.TypeId, isActive = true, startDate = "2025-01-01", dueDate = "2025-12-31", name = "Period 2025",
        }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var oldFund = await MarketingFund(manager, old);
        await manager.Expect(manager.PostWithKey($"/api/funds/{oldFund}/credits", new { amount = 250m, description = "Budget" }, Key()), HttpStatusCode.Created);
        await manager.Expect(manager.PostWithKey($"/api/funds/{oldFund}/debits", new { amount = 50.5m, description = "Spent" }, Key()), HttpStatusCode.Created);
        await manager.Expect(manager.Post($"/api/partnerships/{old}/deactivate"), HttpStatusCode.OK);
        var next = (await manager.Expect(manager.Post("/api/partnerships", new
        {
            accountId = partner, partnerTypeId = program.TypeId, isActive = true, startDate = "2026-01-01", dueDate = "2026-12-31", name = "Period 2026",
        }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var other = await CreatePartnership(manager, program);

        var wrongPartner = await manager.Expect(
            manager.PostWithKey($"/api/partnerships/{other}/funds/carry-over", new { previousPartnershipId = old }, Key()), HttpStatusCode.UnprocessableEntity);
        var backwards = await manager.Expect(
            manager.PostWithKey($"/api/partnerships/{old}/funds/carry-over", new { previousPartnershipId = next }, Key()), HttpStatusCode.UnprocessableEntity);
        var carried = await manager.Expect(
            manager.PostWithKey($"/api/partnerships/{next}/funds/carry-over", new { previousPartnershipId = old }, Key()), HttpStatusCode.OK);
        var again = await manager.Expect(
            manager.PostWithKey($"/api/partnerships/{next}/funds/carry-over", new { previousPartnershipId = old }, Key()), HttpStatusCode.OK);
        var nextFund = await MarketingFund(manager, next);
        var operations = (await manager.GetJson($"/api/fund-operations?partnershipId={next}"))["items"]!.AsArray();
        var oldOperations = (await manager.GetJson($"/api/fund-operations?partnershipId={old}&kind=CarryOver"))["items"]!.AsArray();

        wrongPartner["code"]!.GetValue<string>().ShouldBe("carry_over_invalid");
        backwards["code"]!.GetValue<string>().ShouldBe("carry_over_invalid");
        carried["moves"]!.AsArray().Single()!["amount"]!.GetValue<decimal>().ShouldBe(199.5m);
        again["moves"]!.AsArray().ShouldBeEmpty();
        (await manager.GetJson($"/api/funds/{oldFund}"))["balanceMinor"]!.GetValue<long>().ShouldBe(0);
        (await manager.GetJson($"/api/funds/{nextFund}"))["balanceMinor"]!.GetValue<long>().ShouldBe(19_950);
        operations.Single()!["description"]!.GetValue<string>().ShouldBe("Carried over from Period 2025 (2025-01-01 – 2025-12-31)");
        oldOperations.Single()!["description"]!.GetValue<string>().ShouldBe("Carried over to Period 2026 (2026-01-01 – 2026-12-31)");
        var ledger = await manager.GetJson("/api/funds/reconciliation");
        ledger["globalPostingSumMinor"]!.GetValue<long>().ShouldBe(0);
        ledger["mismatches"]!.AsArray().ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Accrual_IsIdempotentPerSource_AndReversible()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var (partnership, fund) = await FundedPartnership(manager);
        var deal = Guid.NewGuid();

        async Task<T> Ledger<T>(Func<FundLedger, Task<T>> act)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            return await act(scope.ServiceProvider.GetRequiredService<FundLedger>());
        }

        var first = await Ledger(l => l.AccrueAsync(Guid.Parse(partnership), FundLedger.OpportunitySource, deal, 1_500, "1% of a won deal", CancellationToken.None));
        var second = await Ledger(l => l.AccrueAsync(Guid.Parse(partnership), FundLedger.OpportunitySource, deal, 1_500, "1% of a won deal", CancellationToken.None));
        var balanceAfterAccrual = (await manager.GetJson($"/api/funds/{fund}"))["balanceMinor"]!.GetValue<long>();
        var reversed = await Ledger(l => l.ReverseSourceAsync(FundLedger.OpportunitySource, deal, "Deal deleted", CancellationToken.None));
        var reversedAgain = await Ledger(l => l.ReverseSourceAsync(FundLedger.OpportunitySource, deal, "Deal deleted", CancellationToken.None));
        var balanceAfterReversal = (await manager.GetJson($"/api/funds/{fund}"))["balanceMinor"]!.GetValue<long>();
        var recredit = await Ledger(l => l.AccrueAsync(Guid.Parse(partnership), FundLedger.OpportunitySource, deal, 2_000, "Amount changed", CancellationToken.None));

        second!.Id.ShouldBe(first!.Id);
        balanceAfterAccrual.ShouldBe(1_500);
        reversed.Single().ReversesEntryId.ShouldBe(first.Id);
        reversedAgain.ShouldBeEmpty();
        balanceAfterReversal.ShouldBe(0);
        recredit!.Id.ShouldNotBe(first.Id);
        (await manager.GetJson($"/api/funds/{fund}"))["balanceMinor"]!.GetValue<long>().ShouldBe(2_000);
        var accruals = (await manager.GetJson($"/api/fund-operations?fundId={fund}&kind=Accrual"))["items"]!.AsArray();
        accruals.Count.ShouldBe(2);
        accruals.ShouldAllBe(a => a!["sourceId"]!.GetValue<string>() == deal.ToString());
    }

    [SkippableFact]
    public async Task Isolation_PartnerBNeverSeesAsFundsOrEntries_AndAdminsAreMailedThroughTheOutbox()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await Onboard(admin);
        var b = await Onboard(admin);
        var credit = await admin.Expect(admin.PostWithKey($"/api/funds/{a.FundId}/credits", new { amount = 42m, description = "Launch budget" }, Key()), HttpStatusCode.Created);
        var entryId = Guid.Parse(credit["id"]!.GetValue<string>());

        var aFunds = (await a.Client.GetJson("/api/portal/funds")).AsArray();
        var bFunds = (await b.Client.GetJson("/api/portal/funds")).AsArray();
        var aOperations = await a.Client.GetJson($"/api/portal/funds/{a.FundId}/operations");
        await b.Client.Expect(b.Client.Get($"/api/portal/funds/{a.FundId}/operations"), HttpStatusCode.NotFound);
        await b.Client.Expect(b.Client.Get($"/api/funds/{a.FundId}"), HttpStatusCode.Forbidden);
        await b.Client.Expect(b.Client.Get($"/api/fund-operations/{entryId}"), HttpStatusCode.Forbidden);
        await b.Client.Expect(b.Client.PostWithKey($"/api/funds/{b.FundId}/credits", new { amount = 1m, description = "Self-service" }, Key()), HttpStatusCode.Forbidden);

        aFunds.Single()!["balance"]!.GetValue<decimal>().ShouldBe(42m);
        aFunds.Single()!["latestOperations"]!.AsArray().Single()!["description"]!.GetValue<string>().ShouldBe("Launch budget");
        aFunds.ToJsonString().ShouldNotContain("createdBy");
        bFunds.Single()!["id"]!.GetValue<string>().ShouldBe(b.FundId);
        bFunds.Single()!["latestOperations"]!.AsArray().ShouldBeEmpty();
        aOperations["totalCount"]!.GetValue<int>().ShouldBe(1);
        var mails = Factory.WithDb(db => db.OutboxMessages.AsNoTracking().Where(m => m.SubjectId == entryId).ToList());
        mails.Single().Topic.ShouldBe(FundMovementEmail.Topic);
        mails.Single().Summary.ShouldBe($"{a.Email}: EUR 42.00 credited to your Marketing fund");
    }

    [SkippableFact]
    public async Task IntegrationClient_WithFundsRead_ReadsButCannotPost()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var (partnership, fund) = await FundedPartnership(admin);
        var created = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = $"Finance sync {Guid.NewGuid():N}"[..30], scopes = new[] { "funds.read" } }), HttpStatusCode.Created);
        var token = await Token(created["client"]!["clientId"]!.GetValue<string>(), created["clientSecret"]!.GetValue<string>(), "funds.read");
        var bearer = Factory.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        (await bearer.GetAsync($"/api/partnerships/{partnership}/funds")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.GetAsync($"/api/fund-operations?fundId={fund}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/api/funds/{fund}/credits") { Content = System.Net.Http.Json.JsonContent.Create(new { amount = 1m, description = "x" }) };
        post.Headers.Add("Idempotency-Key", Key());
        var refused = await bearer.SendAsync(post);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, await refused.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task FundTypes_AdminCreatesAndRenames_CodesAreUnique_OthersCannot()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var manager = await Factory.Manager();
        var code = $"T{Guid.NewGuid():N}"[..12];

        var created = await admin.Expect(admin.Post("/api/fund-types", new { code, name = $"Fund {code}", description = "Test" }), HttpStatusCode.Created);
        var sameCode = await admin.Expect(admin.Post("/api/fund-types", new { code = code.ToLowerInvariant(), name = $"Other {code}" }), HttpStatusCode.Conflict);
        var renamed = await admin.Expect(admin.Put($"/api/fund-types/{created["id"]}", new { name = $"Renamed {code}" }), HttpStatusCode.OK);
        await manager.Expect(manager.Post("/api/fund-types", new { code = "Nope", name = "Nope" }), HttpStatusCode.Forbidden);
        var types = (await manager.GetJson("/api/fund-types")).AsArray();

        sameCode["code"]!.GetValue<string>().ShouldBe("duplicate_code");
        renamed["code"]!.GetValue<string>().ShouldBe(code);
        types.Select(t => t!["code"]!.GetValue<string>()).ShouldContain("Marketing");
        types.Select(t => t!["code"]!.GetValue<string>()).ShouldContain("Certification");
    }

    private static string Key() => Guid.NewGuid().ToString();

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private static async Task<string> CreatePartner(ApiClient client) =>
        (await client.Expect(client.Post("/api/accounts", new { name = Unique("Partner"), type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static async Task<string> CreatePartnership(ApiClient client, ProgramFixture program, string? partner = null) =>
        (await client.Expect(
            client.Post("/api/partnerships", new { accountId = partner ?? await CreatePartner(client), partnerTypeId = program.TypeId, isActive = true }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static async Task AddMarketingBenefit(ApiClient admin, string levelId, decimal percent)
    {
        var category = (await admin.GetJson("/api/parameter-categories")).AsArray()
            .First(c => c!["metric"]!.GetValue<string>() == "MarketingFundPercent")!["id"]!.GetValue<string>();
        await admin.Expect(
            admin.Post($"/api/partner-levels/{levelId}/parameters", new { kind = "Benefit", categoryId = category, valueType = "Decimal", numberValue = percent, score = 0 }),
            HttpStatusCode.Created);
    }

    private static async Task<string> MarketingFund(ApiClient client, string partnership) =>
        (await client.GetJson($"/api/partnerships/{partnership}/funds")).AsArray()
            .Single(f => f!["fundTypeCode"]!.GetValue<string>() == "Marketing")!["id"]!.GetValue<string>();

    /// <summary>A new partner with an active partnership at a level granting a marketing-fund %, and that fund's id.</summary>
    private async Task<(string Partnership, string Fund)> FundedPartnership(ApiClient client, ApiClient? admin = null, string? partner = null)
    {
        admin ??= await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        await AddMarketingBenefit(admin, program.BronzeId, 1);
        var partnership = await CreatePartnership(client, program, partner);
        return (partnership, await MarketingFund(client, partnership));
    }

    private async Task<string> Token(string clientId, string secret, string scope)
    {
        var response = await Factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    /// <summary>A partner with a funded partnership, a portal organization and one signed-in organization-admin user.</summary>
    private async Task<(string FundId, string Email, ApiClient Client)> Onboard(ApiClient admin)
    {
        var account = await CreatePartner(admin);
        var (_, fund) = await FundedPartnership(admin, admin, account);
        var organization = (await admin.Expect(admin.Post($"/api/accounts/{account}/portal-organization"), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var email = $"user.{Guid.NewGuid():N}@partner.example";
        await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = true, sendInvitations = true }),
            HttpStatusCode.OK);
        var token = Mailbox.InvitationToken(await Factory.Mail.WaitFor(email));
        var client = Factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        await client.Expect(client.Post($"/api/invitations/{token}/accept", new { password = Password }), HttpStatusCode.OK);
        return (fund, email, client);
    }
}

public sealed class SqliteFundTests(SqliteApiFactory factory) : FundTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresFundTests(PostgresApiFactory factory) : FundTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerFundTests(SqlServerApiFactory factory) : FundTests<SqlServerApiFactory>(factory);
