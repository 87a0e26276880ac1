namespace PartnerPortal.Application.Common.Security;

public static class Roles
{
    public const string Admin = "Admin";
    public const string PartnerManager = "PartnerManager";
    public const string PortalUserManager = "PortalUserManager";

    /// <summary>The vendor's finance staff: funds and the ledger, including overdrafts with a written reason (D8).</summary>
    public const string Finance = "Finance";

    /// <summary>Partners' employees; they reach only the portal surface.</summary>
    public const string PortalUser = "PortalUser";

    public const string PartnerStaff = $"{Admin},{PartnerManager}";
    public const string PortalStaff = $"{Admin},{PortalUserManager}";
    public const string AnyEmployee = $"{Admin},{PartnerManager},{PortalUserManager},{Finance}";

    /// <summary>Who works with partners' money: partner managers and finance (and administrators).</summary>
    public const string FundStaff = $"{Admin},{PartnerManager},{Finance}";
    public const string FinanceStaff = $"{Admin},{Finance}";

    public static readonly IReadOnlyList<string> Employees = [Admin, PartnerManager, PortalUserManager, Finance];

    public static readonly IReadOnlyList<string> All = [Admin, PartnerManager, PortalUserManager, Finance, PortalUser];
}

/// <summary>OAuth scopes an integration client can be granted (client-credentials flow).</summary>
public static class Scopes
{
    public const string PartnersRead = "partners.read";
    public const string PartnersWrite = "partners.write";
    public const string ProgramRead = "program.read";
    public const string FundsRead = "funds.read";
    public const string FundsWrite = "funds.write";

    /// <summary>Leads and offers (and, later, deal registrations and opportunities): read.</summary>
    public const string SalesRead = "sales.read";

    /// <summary>Create leads, pass and route them, withdraw offers.</summary>
    public const string SalesWrite = "sales.write";

    public static readonly IReadOnlyList<string> All = [PartnersRead, PartnersWrite, ProgramRead, FundsRead, FundsWrite, SalesRead, SalesWrite];
}

/// <summary>
/// What a signed-in user may do, by role: the one source of truth for the API and its clients. Requests take their
/// role lists from <see cref="RolesWith"/> (<c>[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]</c>), and
/// <c>GET /api/auth/me</c> publishes the permissions the user's roles hold (<see cref="For"/>), so a client shows
/// only the pages and actions the API will allow.
/// </summary>
public static class Permissions
{
    /// <summary>See partner types, levels, parameters and parameter categories.</summary>
    public const string ProgramRead = "program.read";

    /// <summary>Change partner types, levels, parameters and parameter categories; re-apply a level.</summary>
    public const string ProgramWrite = "program.write";

    /// <summary>See partners (accounts) and partnerships.</summary>
    public const string PartnersRead = "partners.read";

    /// <summary>Create and change partners and partnerships.</summary>
    public const string PartnersWrite = "partners.write";

    /// <summary>Manage portal organizations and their users; see licence pools.</summary>
    public const string PortalAccessManage = "portal-access.manage";

    /// <summary>See funds, their balances and entries, and the reconciliation.</summary>
    public const string FundsRead = "funds.read";

    /// <summary>Credit and debit funds within their balance, reverse entries, open funds, carry balances over.</summary>
    public const string FundsWrite = "funds.write";

    /// <summary>Debit a fund below zero, with a written reason kept on the entry (D8).</summary>
    public const string FundsOverdraw = "funds.overdraw";

    /// <summary>Administration: licence pools, integration clients, the outbox, scheduled jobs, fund types.</summary>
    public const string Admin = "admin";

    /// <summary>The roles holding each permission, comma-separated as <see cref="AuthorizeAttribute.Roles"/> takes them.</summary>
    public static class RolesWith
    {
        public const string ProgramRead = Roles.AnyEmployee;
        public const string ProgramWrite = Roles.Admin;
        public const string PartnersRead = Roles.FundStaff;
        public const string PartnersWrite = Roles.PartnerStaff;
        public const string PortalAccessManage = Roles.PortalStaff;
        public const string FundsRead = Roles.FundStaff;
        public const string FundsWrite = Roles.FundStaff;
        public const string FundsOverdraw = Roles.FinanceStaff;
        public const string Admin = Roles.Admin;
    }

    /// <summary>Every permission with the roles that hold it.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        KeyValuePair.Create(ProgramRead, RolesWith.ProgramRead),
        KeyValuePair.Create(ProgramWrite, RolesWith.ProgramWrite),
        KeyValuePair.Create(PartnersRead, RolesWith.PartnersRead),
        KeyValuePair.Create(PartnersWrite, RolesWith.PartnersWrite),
        KeyValuePair.Create(PortalAccessManage, RolesWith.PortalAccessManage),
        KeyValuePair.Create(FundsRead, RolesWith.FundsRead),
        KeyValuePair.Create(FundsWrite, RolesWith.FundsWrite),
        KeyValuePair.Create(FundsOverdraw, RolesWith.FundsOverdraw),
        KeyValuePair.Create(Admin, RolesWith.Admin),
    ];

    /// <summary>The permissions any of the roles hold, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(p => p.Value.Split(',').Any(held.Contains)).Select(p => p.Key)];
    }
}
