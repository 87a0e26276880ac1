using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.MarketingActivities;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Infrastructure.Persistence.Seeding;

/// <summary>The reseller program of DOMAIN 2.6 and a few partners at different levels, built through the domain.</summary>
internal static class DemoProgram
{
    /// <summary>
    /// Adds the program and the partners; returns what adds their history (leads, won deals, approved activities), to run
    /// once those are saved (the records' notices read the partners from the database).
    /// </summary>
    public static Action Seed(ApplicationDbContext db, Guid partnerManagerId, DateTime now)
    {
        var history = new List<Action>();
        var since = new DateOnly(now.Year, 1, 1);
        var category = new Dictionary<MetricCode, ParameterCategory>
        {
            [MetricCode.LeadsNumber] = ParameterCategory.Create("Leads number", "Leads registered by the partner", MetricCode.LeadsNumber, ParameterValueType.Integer),
            [MetricCode.OpportunityAmount] = ParameterCategory.Create(
                "Opportunity amount", "Sum of the partner's closed-won opportunities", MetricCode.OpportunityAmount, ParameterValueType.Decimal),
            [MetricCode.CertifiedExperts] = ParameterCategory.Create(
                "Certified experts", "Partner contacts holding a valid certificate", MetricCode.CertifiedExperts, ParameterValueType.Integer),
            [MetricCode.MarketingActivities] = ParameterCategory.Create(
                "Marketing activities", "Approved marketing activities", MetricCode.MarketingActivities, ParameterValueType.Integer),
            [MetricCode.Margin] = ParameterCategory.Create("Margin", "Partner discount, %", MetricCode.Margin, ParameterValueType.Decimal),
            [MetricCode.MarketingFundPercent] = ParameterCategory.Create(
                "Marketing funds", "% of each won opportunity credited to the marketing fund", MetricCode.MarketingFundPercent, ParameterValueType.Decimal),
            [MetricCode.PriceList] = ParameterCategory.Create("Price list", "Special prices of the level", MetricCode.PriceList, ParameterValueType.PriceList),
            [MetricCode.LeadRoutingWeight] = ParameterCategory.Create(
                "Lead routing weight", "Score of the partner when leads are routed automatically (default 1)", MetricCode.LeadRoutingWeight, ParameterValueType.Decimal),
            [MetricCode.LeadOpenOfferCapacity] = ParameterCategory.Create(
                "Open lead offers", "Lead offers the partner may hold open at once", MetricCode.LeadOpenOfferCapacity, ParameterValueType.Integer),
            [MetricCode.DealProtectionDays] = ParameterCategory.Create(
                "Deal protection days", "Days an approved deal registration protects the customer (default 90)", MetricCode.DealProtectionDays, ParameterValueType.Integer),
        };
        db.ParameterCategories.AddRange(category.Values);

        var reseller = PartnerType.Create("Reseller", "Resells our products under its own contracts");
        var consultant = PartnerType.Create("Consultant", "Advises customers and implements our products");
        db.PartnerTypes.AddRange(
            reseller, consultant, PartnerType.Create("Reference", "Recommends us to its customers"), PartnerType.Create("Integrator", "Builds integrations"));

        // A Price list benefit references the level's own list (issue 10), created here and priced in SeedPrices.
        var levelLists = new Dictionary<Guid, PriceList>();
        PartnerLevel Level(PartnerType type, string name, int number, int target, params (MetricCode Metric, decimal? Number, string? Text, int Score)[] parameters)
        {
            var level = PartnerLevel.Create(type.Id, name, null, number, target, levelCount: number - 1);
            foreach (var (metric, value, text, score) in parameters)
            {
                var c = category[metric];
                var typed = ParameterValue.Of(c.DefaultValueType == ParameterValueType.PriceList ? ParameterValueType.String : c.DefaultValueType, value, text, null);
                if (metric == MetricCode.PriceList)
                {
                    var list = PriceList.Create(text!, PriceListKind.Level, level.Id, null);
                    levelLists[level.Id] = list;
                    db.PriceLists.Add(list);
                    typed = ParameterValue.OfPriceList(list.Id, list.Name);
                }

                level.AddParameter(score > 0 ? ParameterKind.Obligation : ParameterKind.Benefit, c, typed, score, since, null);
            }

            db.PartnerLevels.Add(level);
            return level;
        }

        var bronze = Level(reseller, "Bronze", 1, 80, (MetricCode.LeadsNumber, 10, null, 40), (MetricCode.OpportunityAmount, 100_000, null, 40),
            (MetricCode.Margin, 10, null, 0), (MetricCode.MarketingFundPercent, 1, null, 0), (MetricCode.PriceList, null, "Partner Bronze", 0));
        var silver = Level(reseller, "Silver", 2, 120, (MetricCode.LeadsNumber, 25, null, 60), (MetricCode.OpportunityAmount, 250_000, null, 60),
            (MetricCode.Margin, 15, null, 0), (MetricCode.MarketingFundPercent, 2, null, 0), (MetricCode.PriceList, null, "Partner Silver", 0));
        var platinum = Level(reseller, "Platinum", 3, 0, (MetricCode.LeadsNumber, 50, null, 60), (MetricCode.OpportunityAmount, 500_000, null, 60),
            (MetricCode.Margin, 20, null, 0), (MetricCode.MarketingFundPercent, 3, null, 0), (MetricCode.PriceList, null, "Partner Platinum", 0));
        var certified = Level(consultant, "Certified", 1, 50, (MetricCode.CertifiedExperts, 2, null, 30), (MetricCode.MarketingActivities, 2, null, 20),
            (MetricCode.Margin, 5, null, 0));
        Level(consultant, "Expert", 2, 0, (MetricCode.CertifiedExperts, 5, null, 50), (MetricCode.Margin, 8, null, 0));

        // A partner and its partnership; what it reached are real records (leads, won deals, approved activities) that the
        // tier engine measures at start-up, never typed-in values.
        Account Partner(string name, string country, PartnerType type, PartnerLevel? level, int leads = 0, long wonMinor = 0, int activities = 0)
        {
            var domain = $"{name.Split(' ')[0].ToLowerInvariant()}.example";
            var account = Account.Create(name, AccountType.Partner, partnerManagerId, $"https://{domain}", country, domain);
            db.Accounts.Add(account);
            db.Contacts.AddRange(
                Domain.Portal.Contact.Create(account.Id, "Alex Morgan", $"alex.morgan@{domain}"),
                Domain.Portal.Contact.Create(account.Id, "Sam Lee", $"sam.lee@{domain}"));
            if (level is null)
            {
                return account;
            }

            var partnership = Partnership.Create(account, type, level, null, since, Partnership.DefaultDueDate(since), true, now, "Seed");
            db.Partnerships.Add(partnership);
            history.Add(() => History(account, partnership, leads, wonMinor, activities));
            return account;
        }

        void History(Account account, Partnership partnership, int leads, long wonMinor, int activities)
        {
            var name = account.Name;
            var at = now.AddDays(-7);
            for (var i = 1; i <= leads; i++)
            {
                db.Leads.Add(Lead.ImportForPartner(
                    new LeadDetails(null, null, $"{name} customer {i}", null, null, "Licences for a new team", 500_000, "Web", null),
                    account.Id, "EUR", new LeadActor(partnerManagerId, "Seed", false, at.AddHours(i))));
            }

            if (wonMinor > 0)
            {
                var actor = new OpportunityActor(partnerManagerId, "Seed", false, at);
                var won = Opportunity.Create(
                    new OpportunityDetails($"{name}: rollout", null, $"{name} key customer", wonMinor, null, null, null), "EUR", account.Id, null, partnerManagerId, actor);
                won.ChangeStage(OpportunityStage.ClosedWon, actor);
                won.FixFundBasis(null, null); // won before the funds existed: no credit
                db.Opportunities.Add(won);
            }

            for (var i = 1; i <= activities; i++)
            {
                var actor = new ActivityActor("Seed", false, at.AddHours(i));
                var activity = MarketingActivity.Propose(
                    account.Id, partnership.Id, partnerManagerId,
                    new MarketingActivityDetails($"Webinar {i}", MarketingActivityType.PartnerActivity, since.AddMonths(i), since.AddMonths(i).AddDays(1), null, null, 0, null),
                    "EUR", actor);
                activity.Submit(actor);
                activity.Approve(null, 0, null, actor);
                db.MarketingActivities.Add(activity);
            }
        }

        // Northwind is the worked example of DOMAIN 2.6: 6 leads and 100,000 won give 64 of 80 points.
        var northwind = Partner("Northwind Traders", "United States", reseller, bronze, leads: 6, wonMinor: 100_000_00);
        Partner("Contoso Solutions", "Germany", reseller, silver, leads: 12, wonMinor: 180_000_00);
        Partner("Fabrikam Systems", "France", reseller, platinum, leads: 40, wonMinor: 420_000_00);
        var tailspin = Partner("Tailspin Consulting", "United Kingdom", consultant, certified, activities: 2);
        Partner("Adventure Works IT", "Canada", reseller, null);
        SeedTraining(db, tailspin, northwind, now);
        SeedPrices(db, northwind, (levelLists[bronze.Id], 0.95m), (levelLists[silver.Id], 0.9m), (levelLists[platinum.Id], 0.85m));
        db.Accounts.Add(Account.Create("Litware Inc", AccountType.Customer, partnerManagerId, "https://litware.example", "United States", "litware.example"));
        return () => history.ForEach(add => add());
    }

    // Training and certificates (W9): Tailspin's consultant Alex Morgan passed a training and holds a valid certificate
    // (Tailspin's one certified expert), Sam Lee's certificate has expired; Northwind has a free training coming up.
    private static void SeedTraining(ApplicationDbContext db, Account tailspin, Account northwind, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        Guid Contact(Account account, string name) => db.Contacts.Local.Single(c => c.AccountId == account.Id && c.Name == name).Id;
        var alex = Contact(tailspin, "Alex Morgan");
        var sam = Contact(tailspin, "Sam Lee");
        var course = Training.Create(tailspin.Id, alex, "Platform administration", today.AddMonths(-6), TrainingPayment.Paid, now);
        var earlier = Training.Create(tailspin.Id, sam, "Platform administration", today.AddYears(-3), TrainingPayment.Paid, now);
        course.RecordResult(TrainingResult.Passed, now);
        earlier.RecordResult(TrainingResult.Passed, now);
        db.Trainings.AddRange(
            course,
            earlier,
            Training.Create(northwind.Id, Contact(northwind, "Sam Lee"), "Selling the platform", today.AddDays(14), TrainingPayment.NotPaid, now));
        db.Certificates.AddRange(
            Certificate.Create(tailspin.Id, alex, "Certified platform consultant", "CPC-2041", today.AddMonths(-6), today.AddMonths(18), course.Id, now),
            Certificate.Create(tailspin.Id, sam, "Certified platform consultant", "CPC-1187", today.AddYears(-3), today.AddDays(-30), earlier.Id, now));
    }

    // Products, the base price list, the reseller levels' lists (DOMAIN: "Partner Bronze", "Partner Silver", "Partner
    // Platinum", each a share of the base price) and Northwind's personal price for one product.
    private static void SeedPrices(ApplicationDbContext db, Account northwind, params (PriceList List, decimal Share)[] levels)
    {
        var products = new[]
        {
            Product.Create("CRM-PRO", "CRM Professional", "licence", 120_000),
            Product.Create("CRM-ENT", "CRM Enterprise", "licence", 240_000),
            Product.Create("IMPL-DAY", "Implementation day", "day", 95_000),
        };
        db.Products.AddRange(products);
        var baseList = PriceList.Create("Base price list", PriceListKind.Base, null, null);
        foreach (var product in products)
        {
            baseList.SetPrice(product, product.BasePriceMinor);
        }

        db.PriceLists.Add(baseList);
        foreach (var (list, share) in levels)
        {
            foreach (var product in products.Take(2))
            {
                list.SetPrice(product, (long)(product.BasePriceMinor * share));
            }
        }

        var personal = PriceList.Create("Northwind Traders special prices", PriceListKind.Personal, null, northwind.Id);
        personal.SetPrice(products[0], 100_000);
        db.PriceLists.Add(personal);
    }
}
