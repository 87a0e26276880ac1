using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Features.MarketingActivities;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Domain.MarketingActivities;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Marketing activities (W8, D7): proposal on the portal, the approval queue, money in the ledger, isolation, e-mails.</summary>
public abstract class MarketingActivityTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string Portal = "/api/portal/marketing-activities";
    private const string BackOffice = "/api/marketing-activities";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task PartnerProposesAndSubmits_EmployeeRejects_HistoryAndEmailsFollowEachChange()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var colleague = await PortalPartners.AddColleague(Factory, partner);

        var draft = await colleague.Client.Expect(colleague.Client.Post(Portal, Proposal("Spring webinar")), HttpStatusCode.Created);
        var id = draft["id"]!.GetValue<string>();
        var changed = await colleague.Client.Expect(colleague.Client.Put($"{Portal}/{id}", Proposal("Spring webinar series", budget: 1500.50m)), HttpStatusCode.OK);
        var submitted = await colleague.Client.Expect(colleague.Client.Post($"{Portal}/{id}/submit"), HttpStatusCode.OK);
        var queue = (await admin.GetJson($"{BackOffice}?status=OnApproval&accountId={partner.AccountId}&sort=submittedAt"))["items"]!.AsArray();
        var rejected = await admin.Expect(admin.Post($"{BackOffice}/{id}/reject", new { reason = "Outside the\nprogram's focus" }), HttpStatusCode.OK);
        var seenByPartner = await partner.Client.GetJson($"{Portal}/{id}");
        var seenByEmployee = await admin.GetJson($"{BackOffice}/{id}");

        draft["status"]!.GetValue<string>().ShouldBe("Draft");
        draft["accountId"]!.GetValue<string>().ShouldBe(partner.AccountId);
        draft["partnershipId"]!.GetValue<string>().ShouldBe(partner.PartnershipId);
        draft["proposedById"]!.GetValue<string>().ShouldBe(colleague.UserId);
        draft["currency"]!.GetValue<string>().ShouldBe("EUR");
        changed["name"]!.GetValue<string>().ShouldBe("Spring webinar series");
        changed["proposedBudgetMinor"]!.GetValue<long>().ShouldBe(150050);
        changed["proposedBudget"]!.GetValue<decimal>().ShouldBe(1500.50m);
        submitted["status"]!.GetValue<string>().ShouldBe("OnApproval");
        queue.Select(a => a!["id"]!.GetValue<string>()).ShouldBe([id]);
        rejected["status"]!.GetValue<string>().ShouldBe("Rejected");
        rejected["rejectionReason"]!.GetValue<string>().ShouldBe("Outside the\nprogram's focus");
        seenByEmployee["history"]!.AsArray().Select(e => e!["toStatus"]!.GetValue<string>()).ShouldBe(["Rejected", "OnApproval", "Draft", "Draft"]);
        seenByEmployee["history"]![0]!["by"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        var partnerHistory = seenByPartner["history"]!.AsArray();
        partnerHistory[0]!["by"].ShouldBeNull("partners see no employee names");
        partnerHistory[0]!["note"]!.GetValue<string>().ShouldBe("Outside the\nprogram's focus");
        partnerHistory[1]!["byPartner"]!.GetValue<bool>().ShouldBeTrue();

        var mails = Emails(id);
        mails.ShouldContain(m => m.StartsWith("manager@partnerportal.local: Marketing activity to approve"));
        mails.Count(m => m.Contains("rejected", StringComparison.Ordinal)).ShouldBe(2, string.Join("\n", mails));
        mails.ShouldContain(m => m.StartsWith($"{colleague.Email}: Your marketing activity was rejected"), "the proposer");
        mails.ShouldContain(m => m.StartsWith($"{partner.Email}: Your marketing activity was rejected"), "the organization admin");
    }

    [SkippableFact]
    public async Task ProposeWithSubmit_GoesStraightToApproval_AndInvalidTransitionsAre422()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);

        var proposal = await partner.Client.Expect(partner.Client.Post(Portal, Proposal("Trade fair", submit: true)), HttpStatusCode.Created);
        var id = proposal["id"]!.GetValue<string>();
        var draft = await partner.Client.Expect(partner.Client.Post(Portal, Proposal("Newsletter")), HttpStatusCode.Created);
        var draftId = draft["id"]!.GetValue<string>();

        var problems = new[]
        {
            await partner.Client.Expect(partner.Client.Post($"{Portal}/{id}/submit"), HttpStatusCode.UnprocessableEntity),
            await partner.Client.Expect(partner.Client.Put($"{Portal}/{id}", Proposal("Changed after submit")), HttpStatusCode.UnprocessableEntity),
            await partner.Client.Expect(partner.Client.Delete($"{Portal}/{id}"), HttpStatusCode.UnprocessableEntity),
            await admin.Expect(admin.Post($"{BackOffice}/{draftId}/reject", new { reason = "Not yet submitted" }), HttpStatusCode.UnprocessableEntity),
        };
        await admin.Expect(admin.Post($"{BackOffice}/{id}/reject", new { reason = "No" }), HttpStatusCode.OK);
        var cancelRejected = await partner.Client.Expect(partner.Client.Post($"{Portal}/{id}/cancel"), HttpStatusCode.UnprocessableEntity);
        var rejectAgain = await admin.Expect(admin.Post($"{BackOffice}/{id}/reject", new { reason = "Again" }), HttpStatusCode.UnprocessableEntity);
        var noReason = await admin.Expect(admin.Post($"{BackOffice}/{draftId}/reject", new { reason = " " }), HttpStatusCode.BadRequest);
        var cancelledDraft = await partner.Client.Expect(partner.Client.Post($"{Portal}/{draftId}/cancel"), HttpStatusCode.OK);
        var other = (await partner.Client.Expect(partner.Client.Post(Portal, Proposal("To delete")), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await partner.Client.Expect(partner.Client.Delete($"{Portal}/{other}"), HttpStatusCode.NoContent);

        proposal["status"]!.GetValue<string>().ShouldBe("OnApproval");
        proposal["submittedAt"].ShouldNotBeNull();
        foreach (var problem in problems.Append(cancelRejected).Append(rejectAgain))
        {
            problem["code"]!.GetValue<string>().ShouldBe("activity_status_invalid");
        }

        noReason["errors"]!["reason"].ShouldNotBeNull();
        cancelledDraft["status"]!.GetValue<string>().ShouldBe("Cancelled");
        await partner.Client.Expect(partner.Client.Get($"{Portal}/{other}"), HttpStatusCode.NotFound);
        Factory.WithDb(db => db.MarketingActivityEvents.Count(e => e.ActivityId == Guid.Parse(other))).ShouldBe(0, "a deleted draft takes its history along");
        Emails(draftId).ShouldBeEmpty("a cancelled draft was never the vendor's business");
    }

    [SkippableFact]
    public async Task Proposal_WithBadFields_Is400NamingTheField()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var partner = await PortalPartners.Onboard(Factory, await Factory.Admin());

        var url = await partner.Client.Expect(partner.Client.Post(Portal, Proposal("Bad url") with { Url = "javascript:alert(1)" }), HttpStatusCode.BadRequest);
        var dates = await partner.Client.Expect(
            partner.Client.Post(Portal, Proposal("Bad dates") with { StartDate = new DateOnly(2027, 5, 2), DueDate = new DateOnly(2027, 5, 1) }),
            HttpStatusCode.BadRequest);
        var cents = await partner.Client.Expect(partner.Client.Post(Portal, Proposal("Bad amount", budget: 10.005m)), HttpStatusCode.BadRequest);
        var negative = await partner.Client.Expect(partner.Client.Post(Portal, Proposal("Negative", budget: -1m)), HttpStatusCode.BadRequest);
        var control = await partner.Client.Expect(partner.Client.Post(Portal, Proposal("Nul\u0000name")), HttpStatusCode.BadRequest);
        var multiLine = await partner.Client.Expect(partner.Client.Post(Portal, Proposal("Fine") with { Description = "Two\nlines\tok" }), HttpStatusCode.Created);
        var status = await partner.Client.Expect(partner.Client.Get($"{Portal}?status=Nonsense"), HttpStatusCode.BadRequest);

        url["errors"]!["url"].ShouldNotBeNull();
        dates["errors"]!["dueDate"].ShouldNotBeNull();
        cents["errors"]!["proposedBudget"].ShouldNotBeNull();
        negative["errors"]!["proposedBudget"].ShouldNotBeNull();
        control["errors"]!["name"].ShouldNotBeNull();
        multiLine["description"]!.GetValue<string>().ShouldBe("Two\nlines\tok");
        status["code"]!.GetValue<string>().ShouldNotBe("internal_error");
    }

    [SkippableFact]
    public async Task Isolation_PartnerBNeverSeesOrChangesAsActivities()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var aDraft = (await a.Client.Expect(a.Client.Post(Portal, Proposal("A's draft")), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var aSubmitted = (await a.Client.Expect(a.Client.Post(Portal, Proposal("A's proposal", submit: true)), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var bOwn = (await b.Client.Expect(b.Client.Post(Portal, Proposal("B's own")), HttpStatusCode.Created))["id"]!.GetValue<string>();

        foreach (var id in new[] { aDraft, aSubmitted })
        {
            await b.Client.Expect(b.Client.Get($"{Portal}/{id}"), HttpStatusCode.NotFound);
            await b.Client.Expect(b.Client.Put($"{Portal}/{id}", Proposal("Taken over")), HttpStatusCode.NotFound);
            await b.Client.Expect(b.Client.Post($"{Portal}/{id}/submit"), HttpStatusCode.NotFound);
            await b.Client.Expect(b.Client.Post($"{Portal}/{id}/cancel"), HttpStatusCode.NotFound);
            await b.Client.Expect(b.Client.Delete($"{Portal}/{id}"), HttpStatusCode.NotFound);
        }

        var bList = (await b.Client.GetJson($"{Portal}?pageSize=200"))["items"]!.AsArray().Select(x => x!["id"]!.GetValue<string>()).ToList();
        var bQueue = (await b.Client.GetJson($"{Portal}?status=OnApproval"))["items"]!.AsArray();
        var aList = (await a.Client.GetJson(Portal))["items"]!.AsArray().Select(x => x!["id"]!.GetValue<string>()).ToList();

        bList.ShouldBe([bOwn]);
        bQueue.ShouldBeEmpty();
        aList.ShouldBe([aSubmitted, aDraft], ignoreOrder: true);
        var stored = Factory.WithDb(db => db.MarketingActivities.AsNoTracking().Single(x => x.Id == Guid.Parse(aDraft)));
        stored.Name.ShouldBe("A's draft");
        stored.Status.ShouldBe(MarketingActivityStatus.Draft);
        await b.Client.Expect(b.Client.Get($"{BackOffice}/{aDraft}"), HttpStatusCode.Forbidden);
        await b.Client.Expect(b.Client.Get(BackOffice), HttpStatusCode.Forbidden);
        await b.Client.Expect(b.Client.Post($"{BackOffice}/{aSubmitted}/reject", new { reason = "Competitor" }), HttpStatusCode.Forbidden);
        await admin.Expect(admin.Get(Portal), HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task Partner_CannotSetThePartnerOrPartnershipThroughTheBody()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);

        var created = await a.Client.Expect(
            a.Client.Post(Portal, new
            {
                name = "Sneaky", type = "PartnerActivity", startDate = "2027-03-01", dueDate = "2027-03-31", proposedBudget = 100,
                accountId = b.AccountId, partnershipId = b.PartnershipId, status = "Approved", proposedBy = b.UserId,
            }),
            HttpStatusCode.Created);

        created["accountId"]!.GetValue<string>().ShouldBe(a.AccountId);
        created["partnershipId"]!.GetValue<string>().ShouldBe(a.PartnershipId);
        created["status"]!.GetValue<string>().ShouldBe("Draft");
        created["proposedById"]!.GetValue<string>().ShouldBe(a.UserId);
        (await b.Client.GetJson(Portal))["items"]!.AsArray().ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task TheActivitiesMetric_CountsApprovedAndCompletedInThePeriod_ForManyPartnershipsInOneCall()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var first = await PortalPartners.Onboard(Factory, admin);
        var second = await PortalPartners.Onboard(Factory, admin);
        var third = await PortalPartners.Onboard(Factory, admin);
        var p1 = Guid.Parse(first.PartnershipId);
        var p2 = Guid.Parse(second.PartnershipId);
        var p3 = Guid.Parse(third.PartnershipId);
        var inWindow = new DateTime(2027, 4, 15, 12, 0, 0, DateTimeKind.Utc);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            MarketingActivity Activity(PortalPartner partner, DateTime approvedAt, Action<MarketingActivity, ActivityActor>? then = null)
            {
                var actor = new ActivityActor("Test", IsPartner: false, approvedAt);
                var activity = MarketingActivity.Propose(
                    Guid.Parse(partner.AccountId), Guid.Parse(partner.PartnershipId), Guid.Parse(partner.UserId),
                    new MarketingActivityDetails("Counted", MarketingActivityType.PartnerActivity, new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 30), null, null, 100, null),
                    "EUR", actor with { IsPartner = true });
                activity.Submit(actor with { IsPartner = true });
                activity.Approve(null, 100, null, actor);
                then?.Invoke(activity, actor);
                return activity;
            }

            foreach (var id in new[] { p1, p2, p3 })
            {
                var partnership = await db.Partnerships.SingleAsync(p => p.Id == id);
                partnership.Update(partnership.Name, new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 30));
            }

            db.MarketingActivities.AddRange(
                Activity(first, inWindow),
                Activity(first, new DateTime(2027, 4, 1, 0, 0, 0, DateTimeKind.Utc)),
                Activity(first, new DateTime(2027, 4, 30, 23, 59, 59, DateTimeKind.Utc), (a, actor) => a.Complete(50, actor)),
                Activity(first, inWindow, (a, actor) => a.Cancel("Called off", actor)),
                Activity(first, new DateTime(2027, 5, 1, 0, 0, 0, DateTimeKind.Utc)),
                Activity(first, new DateTime(2027, 3, 31, 23, 59, 59, DateTimeKind.Utc)),
                Activity(second, inWindow));
            await db.SaveChangesAsync();
        }

        IReadOnlyDictionary<Guid, IReadOnlyDictionary<MetricCode, Measurement>> counts;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            Guid[] ids = [p1, p2, p3];
            counts = await scope.ServiceProvider.GetRequiredService<TierMetrics>().MeasureAsync(
                db.Partnerships.Where(p => ids.Contains(p.Id)), new HashSet<MetricCode> { MetricCode.MarketingActivities }, true, 0,
                new DateOnly(2027, 5, 1), CancellationToken.None);
        }

        counts[p1][MetricCode.MarketingActivities].Period.ShouldBe(3, "approved, approved on the first day, completed on the last day; not the cancelled one nor those outside");
        counts[p2][MetricCode.MarketingActivities].Period.ShouldBe(1);
        counts.ContainsKey(p3).ShouldBeFalse("nothing counted: no row, read as 0");
    }

    // A partner manager approves without the right to list portal users; the owner picker gets exactly the partner's active users.
    [SkippableFact]
    public async Task OwnerCandidates_AreThePartnersActiveUsers_ForWhoeverApproves()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var manager = await Factory.Manager();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var colleague = await PortalPartners.AddColleague(Factory, a);
        var id = await Submitted(a, "Trade fair", 100m);
        await a.Client.Expect(a.Client.Post($"/api/portal/organization/users/{colleague.UserId}/deactivate"), HttpStatusCode.OK);

        var candidates = (await manager.GetJson($"{BackOffice}/{id}/owner-candidates")).AsArray().Select(c => c!["email"]!.GetValue<string>()).ToList();
        var forbidden = await a.Client.Get($"{BackOffice}/{id}/owner-candidates");
        var listUsers = await manager.Get($"/api/portal-organizations/{a.OrganizationId}/users");

        candidates.ShouldBe([a.Email], "the partner's active users only: not the deactivated colleague, nobody of partner B");
        candidates.ShouldNotContain(b.Email);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        listUsers.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "partner managers still cannot manage portal users");
    }

    [SkippableFact]
    public async Task FullFlow_ApprovalDebitsTheFund_CompletionCreditsTheUnspentBudgetBack()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var manager = await Factory.Manager();
        var partner = await PortalPartners.Onboard(Factory, admin, fundBalance: 5000m);
        var colleague = await PortalPartners.AddColleague(Factory, partner);

        var proposal = await colleague.Client.Expect(colleague.Client.Post(Portal, Proposal("Roadshow", budget: 1200m, fundId: partner.FundId)), HttpStatusCode.Created);
        var id = proposal["id"]!.GetValue<string>();
        await colleague.Client.Expect(colleague.Client.Post($"{Portal}/{id}/submit"), HttpStatusCode.OK);
        var approved = await manager.Expect(
            manager.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 1000m, fundId = partner.FundId, ownerId = colleague.UserId }, Key()),
            HttpStatusCode.OK);
        var afterApproval = await Balance(admin, partner.FundId);
        var debit = (await Entries(admin, partner.FundId)).Single();
        var completed = await manager.Expect(manager.PostWithKey($"{BackOffice}/{id}/complete", new { spentBudget = 650.25m }, Key()), HttpStatusCode.OK);
        var afterCompletion = await Balance(admin, partner.FundId);
        var entries = await Entries(admin, partner.FundId);
        var seenByPartner = await colleague.Client.GetJson($"{Portal}/{id}");

        proposal["fundId"]!.GetValue<string>().ShouldBe(partner.FundId);
        approved["status"]!.GetValue<string>().ShouldBe("Approved");
        approved["approvedBudgetMinor"]!.GetValue<long>().ShouldBe(100000);
        approved["ownerId"]!.GetValue<string>().ShouldBe(colleague.UserId);
        approved["ownerName"].ShouldNotBeNull();
        approved["fundName"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        afterApproval.ShouldBe(400000);
        debit["kind"]!.GetValue<string>().ShouldBe("ActivityDebit");
        debit["amountMinor"]!.GetValue<long>().ShouldBe(-100000);
        debit["sourceType"]!.GetValue<string>().ShouldBe("MarketingActivity");
        debit["sourceId"]!.GetValue<string>().ShouldBe(id);
        completed["status"]!.GetValue<string>().ShouldBe("Completed");
        completed["spentBudgetMinor"]!.GetValue<long>().ShouldBe(65025);
        afterCompletion.ShouldBe(500000 - 65025);
        var credit = entries.Single(e => e["kind"]!.GetValue<string>() == "ActivityCredit");
        credit["amountMinor"]!.GetValue<long>().ShouldBe(34975);
        credit["sourceId"]!.GetValue<string>().ShouldBe(id);
        seenByPartner["history"]!.AsArray().Select(e => e!["toStatus"]!.GetValue<string>()).ShouldBe(["Completed", "Approved", "OnApproval", "Draft"]);

        var mails = Emails(id);
        mails.ShouldContain(m => m.StartsWith($"{colleague.Email}: Your marketing activity was approved"));
        mails.ShouldContain(m => m.StartsWith($"{partner.Email}: Your marketing activity was approved"));
        mails.ShouldContain(m => m.StartsWith($"{colleague.Email}: Your marketing activity was completed"));
        mails.ShouldContain(m => m.StartsWith("manager@partnerportal.local: Marketing activity to approve"));
    }

    [SkippableFact]
    public async Task ApprovalThatWouldOverdraw_Is409_AndLeavesActivityAndBalanceUnchanged()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin, fundBalance: 500m);
        var id = await Submitted(partner, "Too expensive", 1000m);

        var refused = await admin.Expect(
            admin.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 500.01m, fundId = partner.FundId }, Key()), HttpStatusCode.Conflict);
        var activity = await admin.GetJson($"{BackOffice}/{id}");
        var exact = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 500m, fundId = partner.FundId }, Key()), HttpStatusCode.OK);
        var overspent = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/complete", new { spentBudget = 600m }, Key()), HttpStatusCode.Conflict);
        var stillApproved = await admin.GetJson($"{BackOffice}/{id}");

        refused["code"]!.GetValue<string>().ShouldBe("insufficient_funds");
        activity["status"]!.GetValue<string>().ShouldBe("OnApproval");
        activity["approvedBudgetMinor"].ShouldBeNull();
        activity["history"]!.AsArray().Count.ShouldBe(2, "proposed and submitted; the refused approval left no trace");
        exact["status"]!.GetValue<string>().ShouldBe("Approved");
        overspent["code"]!.GetValue<string>().ShouldBe("insufficient_funds");
        stillApproved["status"]!.GetValue<string>().ShouldBe("Approved");
        stillApproved["spentBudgetMinor"].ShouldBeNull();
        (await Balance(admin, partner.FundId)).ShouldBe(0);
        (await Entries(admin, partner.FundId)).Select(e => e["kind"]!.GetValue<string>()).ShouldBe(["ActivityDebit"]);
        Emails(id).Count(m => m.Contains("approved", StringComparison.Ordinal)).ShouldBe(1, "the refused approval queued no e-mail");
    }

    [SkippableFact]
    public async Task CancellingAnApprovedActivity_ReversesItsEntries_AndRestoresTheBalance()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin, fundBalance: 3000m);
        var id = await Submitted(partner, "Called off", 1000m);
        await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 1000m, fundId = partner.FundId }, Key()), HttpStatusCode.OK);
        var partnerCancel = await partner.Client.Expect(partner.Client.Post($"{Portal}/{id}/cancel"), HttpStatusCode.UnprocessableEntity);

        var cancelled = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/cancel", new { reason = "Event called off" }, Key()), HttpStatusCode.OK);
        var again = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/cancel", new { reason = "Again" }, Key()), HttpStatusCode.UnprocessableEntity);
        var complete = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/complete", new { spentBudget = 0m }, Key()), HttpStatusCode.UnprocessableEntity);
        var entries = await Entries(admin, partner.FundId);

        partnerCancel["code"]!.GetValue<string>().ShouldBe("activity_status_invalid");
        cancelled["status"]!.GetValue<string>().ShouldBe("Cancelled");
        again["code"]!.GetValue<string>().ShouldBe("activity_status_invalid");
        complete["code"]!.GetValue<string>().ShouldBe("activity_status_invalid");
        (await Balance(admin, partner.FundId)).ShouldBe(300000);
        var debit = entries.Single(e => e["kind"]!.GetValue<string>() == "ActivityDebit");
        var reversal = entries.Single(e => e["kind"]!.GetValue<string>() == "Reversal");
        reversal["reversesEntryId"]!.GetValue<string>().ShouldBe(debit["id"]!.GetValue<string>());
        reversal["amountMinor"]!.GetValue<long>().ShouldBe(100000);
        Emails(id).ShouldContain(m => m.StartsWith($"{partner.Email}: Your marketing activity was cancelled"));
    }

    [SkippableFact]
    public async Task RepeatedIdempotencyKey_OnApprove_DebitsOnce_AndMissingKeyIs400()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin, fundBalance: 3000m);
        var id = await Submitted(partner, "Double click", 1000m);
        var key = Key();
        var body = new { approvedBudget = 1000m, fundId = partner.FundId };

        var missing = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/approve", body, null), HttpStatusCode.BadRequest);
        var first = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/approve", body, key), HttpStatusCode.OK);
        var repeat = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/approve", body, key), HttpStatusCode.OK);
        var reused = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 999m, fundId = partner.FundId }, key), HttpStatusCode.UnprocessableEntity);

        missing["code"]!.GetValue<string>().ShouldBe("idempotency_key_required");
        repeat.ToJsonString().ShouldBe(first.ToJsonString());
        reused["code"]!.GetValue<string>().ShouldBe("idempotency_key_reused");
        (await Entries(admin, partner.FundId)).Count.ShouldBe(1);
        (await Balance(admin, partner.FundId)).ShouldBe(200000);
    }

    [SkippableFact]
    public async Task Approval_WithAnotherPartnershipsFund_OrAnotherPartnersOwner_Is422()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin, fundBalance: 1000m);
        var b = await PortalPartners.Onboard(Factory, admin, fundBalance: 1000m);
        var id = await Submitted(a, "Mixed up", 100m);

        var fund = await admin.Expect(admin.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 100m, fundId = b.FundId }, Key()), HttpStatusCode.UnprocessableEntity);
        var owner = await admin.Expect(
            admin.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 100m, fundId = a.FundId, ownerId = b.UserId }, Key()), HttpStatusCode.UnprocessableEntity);
        var proposal = await a.Client.Expect(a.Client.Post(Portal, Proposal("Other fund", fundId: b.FundId)), HttpStatusCode.UnprocessableEntity);

        fund["code"]!.GetValue<string>().ShouldBe("activity_fund_invalid");
        owner["code"]!.GetValue<string>().ShouldBe("activity_owner_invalid");
        proposal["code"]!.GetValue<string>().ShouldBe("activity_fund_invalid");
        (await Balance(admin, b.FundId)).ShouldBe(100000);
        (await admin.GetJson($"{BackOffice}/{id}"))["status"]!.GetValue<string>().ShouldBe("OnApproval");
    }

    [SkippableFact]
    public async Task TwoParallelApprovals_OfOneActivity_DebitOnce()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        Skip.If(Factory.Provider != PartnerPortal.Infrastructure.DatabaseProvider.PostgreSql, "a race of two writers needs row locks: PostgreSQL");
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin, fundBalance: 5000m);

        for (var round = 0; round < 3; round++)
        {
            var id = await Submitted(partner, $"Race {round}", 1000m);
            var other = await Factory.Manager();
            var responses = await Task.WhenAll(
                admin.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 1000m, fundId = partner.FundId }, Key()),
                other.PostWithKey($"{BackOffice}/{id}/approve", new { approvedBudget = 1000m, fundId = partner.FundId }, Key()));
            var statuses = responses.Select(r => (int)r.StatusCode).Order().ToList();
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));

            statuses[0].ShouldBe(200, string.Join("\n", bodies));
            statuses[1].ShouldBeOneOf([409, 422], "the loser either lost the race on the version (409 concurrent_change) or read the approval already made (422)");
            (await Entries(admin, partner.FundId)).Count(e => e["sourceId"]!.GetValue<string>() == id).ShouldBe(1);
        }

        (await Balance(admin, partner.FundId)).ShouldBe(200000);
    }

    private static string Key() => Guid.NewGuid().ToString();

    private static async Task<long> Balance(ApiClient client, string fundId) => (await client.GetJson($"/api/funds/{fundId}"))["balanceMinor"]!.GetValue<long>();

    /// <summary>The fund's entries other than the opening credit, oldest first.</summary>
    private static async Task<List<JsonNode>> Entries(ApiClient client, string fundId) =>
        [.. (await client.GetJson($"/api/fund-operations?fundId={fundId}&pageSize=200"))["items"]!.AsArray()
            .Select(e => e!)
            .Where(e => e["kind"]!.GetValue<string>() != "ManualCredit")
            .OrderBy(e => e["createdAt"]!.GetValue<DateTime>()).ThenBy(e => e["id"]!.GetValue<string>())];

    /// <summary>An activity the partner proposed with their fund and submitted; its id.</summary>
    private static async Task<string> Submitted(PortalPartner partner, string name, decimal budget) =>
        (await partner.Client.Expect(partner.Client.Post(Portal, Proposal(name, budget, submit: true, fundId: partner.FundId)), HttpStatusCode.Created))["id"]!
            .GetValue<string>();

    private List<string> Emails(string activityId) =>
        Factory.WithDb(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Topic == MarketingActivityEmail.Topic && m.SubjectId == Guid.Parse(activityId))
            .Select(m => m.Summary).ToList());

    private static ProposalBody Proposal(string name, decimal budget = 1000m, bool submit = false, string? fundId = null) =>
        new(name, "PartnerActivity", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31), "A joint campaign", "https://partner.example/campaign",
            budget, fundId, submit);

    private sealed record ProposalBody(
        string Name, string Type, DateOnly StartDate, DateOnly DueDate, string? Description, string? Url, decimal ProposedBudget, string? FundId, bool Submit);
}

public sealed class SqliteMarketingActivityTests(SqliteApiFactory factory) : MarketingActivityTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresMarketingActivityTests(PostgresApiFactory factory) : MarketingActivityTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerMarketingActivityTests(SqlServerApiFactory factory) : MarketingActivityTests<SqlServerApiFactory>(factory);
