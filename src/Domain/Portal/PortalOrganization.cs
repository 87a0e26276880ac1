using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Portal;

/// <summary>The portal organization of a partner account: its users share its access (one per account).</summary>
public sealed class PortalOrganization
{
    private PortalOrganization()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The organization belongs to the "Partner portal users" role, which opens the partner portal to it.</summary>
    public bool IsInPartnerPortalUsersRole { get; private set; }

    public static PortalOrganization Create(Account account)
    {
        if (!account.IsPartner)
        {
            throw new DomainRuleException(ProblemCodes.AccountNotPartner, $"{account.Name} is not a partner account.");
        }

        return new PortalOrganization { Id = Guid.CreateVersion7(), AccountId = account.Id, Name = account.Name, IsInPartnerPortalUsersRole = true };
    }
}
