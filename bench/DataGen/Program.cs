// Fills a PartnerPortal database (already migrated and seeded with the demo program by the API) with benchmark data,
// made through the domain model so every row is one the application could have written: partner accounts, each with a
// portal organization and user (the leads' owner), leads registered by partners and worked through their statuses,
// opportunities converted from qualified leads (plus direct ones) at every stage, and orders with lines.
// The first --logins partners get a portal login (bench.partner01@bench.local ...) with the password --password.
// Usage: dotnet run -c Release --project bench/DataGen -- --provider Sqlite|PostgreSql --connection "..." [--partners 1000]
//        [--leads 1000000] [--opportunities 200000] [--orders 100000] [--logins 16] [--password Bench123!pass] [--seed 7]
//        --explain instead prints the list queries' plans (Explain.cs).
using System.Diagnostics;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.Orders;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Domain.Portal;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Persistence;

var options = Args.Parse(args);
if (args.Contains("--explain"))
{
    await Explain.RunAsync(options.Provider, options.Connection);
    return 0;
}

var services = new ServiceCollection();
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole());
services.AddDbContext<ApplicationDbContext>(o => DependencyInjection.UseProvider(o, options.Provider, options.Connection));
services.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole<Guid>>().AddEntityFrameworkStores<ApplicationDbContext>();
await using var provider = services.BuildServiceProvider();

Randomizer.Seed = new Random(options.Seed);
var faker = new Faker("en");
var now = DateTime.UtcNow;
var clock = Stopwatch.StartNew();
const string currency = "EUR";
const int batch = 5_000;

// Partners: the demo's partner accounts first, then generated ones, each with an organization, a contact and a user.
List<Partner> partners;
await using (var scope = provider.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
    partners = await (from a in db.Accounts
                      where a.Type == AccountType.Partner
                      select new Partner(a.Id, db.PortalOrganizations.Where(o => o.AccountId == a.Id)
                          .SelectMany(o => db.PortalUsers.Where(u => u.OrganizationId == o.Id && u.IsActive).Select(u => (Guid?)u.Id)).FirstOrDefault()))
        .ToListAsync();
    // Every generated partner gets an active partnership at the entry level of the demo's reseller program.
    var type = await db.PartnerTypes.AsNoTracking().FirstAsync(t => t.Name == "Reseller");
    var entry = await db.PartnerLevels.AsNoTracking().Include(l => l.Parameters).Where(l => l.PartnerTypeId == type.Id)
        .OrderBy(l => l.Number).FirstAsync();
    var pool = LicensePool.Create("Benchmark", options.Partners + options.Logins);
    db.LicensePools.Add(pool);
    var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
    var created = 0;
    while (partners.Count < options.Partners)
    {
        var n = ++created;
        var account = Account.Create($"{faker.Company.CompanyName()} #{n}", AccountType.Partner, null, null, faker.Address.CountryCode());
        var organization = PortalOrganization.Create(account);
        var contact = Contact.Create(account.Id, faker.Name.FullName(), $"bench.partner{n:D4}@bench.local");
        var user = PortalUser.Create(organization, contact, isOrganizationAdmin: true);
        user.Activate(pool, now);
        var start = DateOnly.FromDateTime(now).AddDays(-faker.Random.Int(0, 300));
        var partnership = Partnership.Create(account, type, entry, null, start, Partnership.DefaultDueDate(start), isActive: true, now, "benchmark");
        db.AddRange(account, organization, contact, user, partnership);
        partners.Add(new Partner(account.Id, user.Id));
        if (n <= options.Logins)
        {
            // A login for the load test: the identity user shares the portal user's id, like an accepted invitation.
            await db.SaveChangesAsync();
            var login = new ApplicationUser { Id = user.Id, UserName = contact.Email, Email = contact.Email, EmailConfirmed = true, DisplayName = contact.Name };
            Check(await users.CreateAsync(login, options.Password));
            Check(await users.AddToRoleAsync(login, Roles.PortalUser));
        }
    }

    await db.SaveChangesAsync();
}

Console.WriteLine($"partners: {partners.Count} ({clock.Elapsed.TotalSeconds:F0} s)");

// The records go to partners with a portal user (the leads' and opportunities' owner): the generated ones.
partners = [.. partners.Where(p => p.OwnerId is not null)];

// Leads: registered by their partner over the last two years, then worked (New → Working → Qualified / Disqualified).
var qualified = new List<(Guid Lead, int Partner)>();
await InBatches(options.Leads, async (db, from, count) =>
{
    for (var i = from; i < from + count; i++)
    {
        var p = i % partners.Count;
        var partner = partners[p];
        var owner = partner.OwnerId!.Value;

        var at = now.AddMinutes(-faker.Random.Int(60, 2 * 365 * 24 * 60));
        var actor = new LeadActor(owner, null, true, at);
        var lead = Lead.RegisterByPartner(
            new LeadDetails(null, null, faker.Company.CompanyName(), faker.Name.FullName(), faker.Internet.Email(), faker.Lorem.Sentence(8),
                faker.Random.Long(1_000, 5_000_000) * 100, faker.PickRandom("Web", "Event", "Referral", "Campaign"), faker.Address.State()),
            partner.AccountId, owner, currency, actor);
        var roll = faker.Random.Int(0, 99);
        if (roll < 60)
        {
            lead.ChangeStatus(LeadStatus.Working, null, actor with { At = at.AddHours(2) });
            if (roll < 20)
            {
                lead.ChangeStatus(LeadStatus.Qualified, null, actor with { At = at.AddDays(3) });
                qualified.Add((lead.Id, p));
            }
            else if (roll < 35)
            {
                lead.ChangeStatus(LeadStatus.Disqualified, "No budget this year", actor with { At = at.AddDays(3) });
            }
        }
        else if (roll < 70)
        {
            lead.ChangeStatus(LeadStatus.Disqualified, "Not a fit", actor with { At = at.AddDays(1) });
        }

        db.Leads.Add(lead);
    }
});
Console.WriteLine($"leads: {options.Leads} ({clock.Elapsed.TotalSeconds:F0} s)");

// Opportunities: the qualified leads converted (as the application does on qualifying), the rest created directly.
var stages = Enum.GetValues<OpportunityStage>();
var won = new List<Guid>();
await InBatches(options.Opportunities, async (db, from, count) =>
{
    var ids = qualified.Skip(from).Take(count).Select(q => q.Lead).ToList();
    var leads = ids.Count > 0 ? await db.Leads.Where(l => ids.Contains(l.Id)).ToListAsync() : [];
    var convertable = new Queue<Lead>(leads);
    for (var i = from; i < from + count; i++)
    {
        var partner = partners[i % partners.Count];
        var at = now.AddMinutes(-faker.Random.Int(60, 2 * 365 * 24 * 60));
        var actor = new OpportunityActor(partner.OwnerId, null, true, at);
        Opportunity opportunity;
        if (convertable.TryDequeue(out var lead))
        {
            opportunity = Opportunity.FromLead(lead, actor with { Id = lead.OwnerId });
            lead.LinkOpportunity(opportunity.Id);
        }
        else
        {
            var customer = faker.Company.CompanyName();
            opportunity = Opportunity.Create(
                new OpportunityDetails($"{customer} {faker.Commerce.ProductName()}", null, customer, faker.Random.Long(1_000, 2_000_000) * 100,
                    DateOnly.FromDateTime(at.AddDays(faker.Random.Int(10, 120))), null, null),
                currency, partner.AccountId, partner.OwnerId, null, actor);
        }

        var stage = faker.PickRandom(stages);
        if (stage != OpportunityStage.Qualification)
        {
            opportunity.ChangeStage(stage, actor with { At = at.AddDays(5) });
        }

        if (stage == OpportunityStage.ClosedWon && opportunity.AccountId is not null)
        {
            won.Add(opportunity.Id);
        }

        db.Opportunities.Add(opportunity);
    }
});
Console.WriteLine($"opportunities: {options.Opportunities} ({won.Count} won) ({clock.Elapsed.TotalSeconds:F0} s)");

// Orders: one or three lines at the base price, most submitted and confirmed, some delivered or cancelled.
List<Product> products;
await using (var scope = provider.CreateAsyncScope())
{
    products = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Products.AsNoTracking().Where(p => p.IsActive).ToListAsync();
}

await InBatches(options.Orders, (db, from, count) =>
{
    for (var i = from; i < from + count; i++)
    {
        var partner = partners[i % partners.Count];
        var at = now.AddMinutes(-faker.Random.Int(60, 2 * 365 * 24 * 60));
        var actor = new OrderActor(partner.OwnerId, null, true, at);
        var order = Order.Create(partner.AccountId, currency, actor);
        foreach (var product in faker.PickRandom(products, Math.Min(products.Count, faker.Random.Int(1, 3))))
        {
            order.AddLine(product.Id, product.Code, product.Name, faker.Random.Int(1, 50), new LinePrice(product.BasePriceMinor, PriceSource.ProductPrice, null, 0m), actor);
        }

        var roll = faker.Random.Int(0, 99);
        if (roll >= 10)
        {
            order.Submit(actor with { At = at.AddHours(1) });
            if (roll >= 30)
            {
                order.Confirm(actor with { Id = null, IsPartner = false, At = at.AddDays(1) });
                if (roll >= 70)
                {
                    order.Deliver(actor with { Id = null, IsPartner = false, At = at.AddDays(7) });
                }
            }
            else if (roll < 15)
            {
                order.Cancel("Customer changed plans", actor with { At = at.AddDays(1) });
            }
        }

        db.Orders.Add(order);
    }

    return Task.CompletedTask;
});
Console.WriteLine($"orders: {options.Orders} ({clock.Elapsed.TotalSeconds:F0} s)");

await using (var scope = provider.CreateAsyncScope())
{
    // Fresh statistics for the planner, as a maintained database has them.
    var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
    await db.Database.ExecuteSqlRawAsync(options.Provider == DatabaseProvider.PostgreSql ? "VACUUM ANALYZE" : "ANALYZE");
}

Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F0} s");
return 0;

async Task InBatches(int total, Func<ApplicationDbContext, int, int, Task> fill)
{
    for (var from = 0; from < total; from += batch)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await fill(db, from, Math.Min(batch, total - from));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}

static void Check(IdentityResult result)
{
    if (!result.Succeeded)
    {
        throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

internal sealed record Partner(Guid AccountId, Guid? OwnerId);

internal sealed record Args(
    DatabaseProvider Provider, string Connection, int Partners, int Leads, int Opportunities, int Orders, int Logins, string Password, int Seed)
{
    public static Args Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != "--" + name).Skip(1).FirstOrDefault();
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
        return new Args(
            Enum.Parse<DatabaseProvider>(Value("provider") ?? "Sqlite", ignoreCase: true),
            Value("connection") ?? throw new ArgumentException("--connection is required"),
            Number("partners", 1000), Number("leads", 1_000_000), Number("opportunities", 200_000), Number("orders", 100_000),
            Number("logins", 16), Value("password") ?? "Bench123!pass", Number("seed", 7));
    }
}
