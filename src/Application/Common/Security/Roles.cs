namespace PartnerPortal.Application.Common.Security;

public static class Roles
{
    public const string Admin = "Admin";
    public const string PartnerManager = "PartnerManager";

    public static readonly IReadOnlyList<string> Employees = [Admin, PartnerManager];
}
