using System.Text.RegularExpressions;

namespace PartnerPortal.Architecture.Tests;

/// <summary>
/// Partner isolation rests on the global query filters (ADR-004); every place that switches them off is listed here
/// with the reason it may, so a new one is a reviewed decision rather than a slip.
/// </summary>
public sealed partial class QueryFilterTests
{
    private static readonly Dictionary<string, (int Calls, string Why)> Allowed = new()
    {
        ["src/Api/Endpoints/AuthEndpoints.cs"] =
            (3, "sign-in resolves which organization and account a portal user belongs to, before any scope exists"),
        ["src/Api/Infrastructure/SessionValidator.cs"] =
            (1, "checks the session and resolves the portal membership that the partner scope is entered from"),
        ["src/Application/Features/Contacts/ContactReader.cs"] =
            (1, "employees only: marks contacts that already have a portal user in any organization"),
        ["src/Application/Features/DealRegistrations/DealRegistrationStore.cs"] =
            (3, "conflicts and the pre-check compare against every partner's leads, registrations and open opportunities; conflicts are stored for the vendor (hidden from partners by their filter), the pre-check returns only yes / until"),
        ["src/Application/Features/Leads/LeadReader.cs"] =
            (2, "ADR-008: the customer account (customer-type only) and contact a VISIBLE lead names are shown with it to partners; only that row is read"),
        ["src/Application/Features/Leads/LeadRouter.cs"] =
            (5, "routing chooses among all partners for the vendor, also after a partner's decline in that partner's scope; returns nothing of them to the caller"),
        ["src/Application/Features/LicensePools/SeatAllocator.cs"] =
            (1, "seat pools are shared by all partners: usage counts every partner's active users, returns only counts"),
        ["src/Application/Features/LicensePools/UpdateLicensePool/UpdateLicensePool.cs"] =
            (1, "employees only: a pool cannot shrink below the seats all partners use"),
        ["src/Application/Features/PortalUsers/AcceptInvitation/AcceptInvitation.cs"] =
            (2, "anonymous: the invitation link is the only key, and it names one user"),
        ["src/Application/Features/PortalUsers/GetInvitation/GetInvitation.cs"] =
            (2, "anonymous: the invitation link is the only key, and it names one user"),
        ["src/Application/Features/PortalUsers/PartnerRecipients.cs"] =
            (2, "the system picks a partner's e-mail recipients, also another partner's (a lead re-offered after a decline runs in the decliner's scope); only addresses are read"),
        ["src/Application/Features/PortalUsers/PortalMembers.cs"] =
            (3, "an e-mail taken anywhere is refused with one message that names no organization; a moved user's contact lives at the old account"),
    };

    [Fact]
    public void IgnoreQueryFilters_IsCalledOnlyAtTheListedPlaces()
    {
        var root = RepositoryRoot();
        var found = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(root, f).Replace('\\', '/'), Calls: Call().Matches(File.ReadAllText(f)).Count))
            .Where(f => f.Calls > 0)
            .ToDictionary(f => f.File, f => f.Calls);

        found.Keys.ShouldBe(Allowed.Keys, ignoreOrder: true, "list a new IgnoreQueryFilters() call site here with the reason it may bypass partner isolation");
        foreach (var (file, calls) in found)
        {
            calls.ShouldBe(Allowed[file].Calls, $"{file}: {Allowed[file].Why}");
        }
    }

    [GeneratedRegex(@"\.IgnoreQueryFilters\(")]
    private static partial Regex Call();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartnerPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PartnerPortal.sln not found above the test folder.");
    }
}
