namespace PartnerPortal.Application.Features.PortalUsers;

/// <summary>Settings of section <c>Portal</c>.</summary>
public sealed class PortalOptions
{
    /// <summary>Active portal users an organization admin may have in their organization (employees are not limited).</summary>
    public int MaxUsersPerOrganization { get; set; } = 50;
}
