namespace PartnerPortal.Application.Common.Security;

/// <summary>
/// Marks a request of the partner portal: it runs only for an active portal user, inside their partner's scope.
/// </summary>
public interface IPortalRequest;

/// <summary>
/// The partner account a portal request is confined to. It is set once per request by the portal-scope behaviour
/// for every caller who is a portal user, and the database context filters every partner-owned table by it
/// (global query filters), so no handler can read or change another partner's rows. Null for employees.
/// </summary>
public sealed class PartnerScope
{
    public Guid? AccountId { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public Guid? PortalUserId { get; private set; }

    public bool IsOrganizationAdmin { get; private set; }

    public bool IsPortal => AccountId is not null;

    public void Enter(Guid accountId, Guid organizationId, Guid portalUserId, bool isOrganizationAdmin)
    {
        AccountId = accountId;
        OrganizationId = organizationId;
        PortalUserId = portalUserId;
        IsOrganizationAdmin = isOrganizationAdmin;
    }
}
