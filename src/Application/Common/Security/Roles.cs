namespace PartnerPortal.Application.Common.Security;

public static class Roles
{
    public const string Admin = "Admin";
    public const string PartnerManager = "PartnerManager";
    public const string PortalUserManager = "PortalUserManager";

    /// <summary>Partners' employees; they reach only the portal surface.</summary>
    public const string PortalUser = "PortalUser";

    public const string PartnerStaff = $"{Admin},{PartnerManager}";
    public const string PortalStaff = $"{Admin},{PortalUserManager}";
    public const string AnyEmployee = $"{Admin},{PartnerManager},{PortalUserManager}";

    public static readonly IReadOnlyList<string> Employees = [Admin, PartnerManager, PortalUserManager];

    public static readonly IReadOnlyList<string> All = [Admin, PartnerManager, PortalUserManager, PortalUser];
}

/// <summary>OAuth scopes an integration client can be granted (client-credentials flow).</summary>
public static class Scopes
{
    public const string PartnersRead = "partners.read";
    public const string PartnersWrite = "partners.write";
    public const string ProgramRead = "program.read";

    public static readonly IReadOnlyList<string> All = [PartnersRead, PartnersWrite, ProgramRead];
}
