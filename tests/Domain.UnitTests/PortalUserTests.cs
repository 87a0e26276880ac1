using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Domain.UnitTests;

public sealed class PortalUserTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Invitation_WorksOnceWithinSevenDays()
    {
        var user = ActiveUser();

        var token = user.Invite(Now);
        user.AcceptInvitation(token, Now.AddDays(6));

        user.InvitationStatusAt(Now.AddDays(6)).ShouldBe(InvitationStatus.Accepted);
        Should.Throw<DomainRuleException>(() => user.AcceptInvitation(token, Now.AddDays(6))).Code.ShouldBe("invitation_used");
    }

    [Fact]
    public void Invitation_ExpiresAfterSevenDays_AndAResendReplacesTheLink()
    {
        var user = ActiveUser();
        var first = user.Invite(Now);

        Should.Throw<DomainRuleException>(() => user.AcceptInvitation(first, Now.AddDays(7).AddMinutes(1))).Code.ShouldBe("invitation_expired");
        user.InvitationStatusAt(Now.AddDays(8)).ShouldBe(InvitationStatus.Expired);

        var second = user.Invite(Now.AddDays(8));

        second.ShouldNotBe(first);
        Should.Throw<DomainRuleException>(() => user.AcceptInvitation(first, Now.AddDays(8))).Code.ShouldBe("invitation_not_found");
        user.AcceptInvitation(second, Now.AddDays(8));
        user.InvitationTokenHash.ShouldBe(PortalUser.Hash(second));
        user.InvitationTokenHash.ShouldNotBe(second, "only a hash of the link is stored");
    }

    [Fact]
    public void DeactivatedUser_HoldsNoSeat_AndCannotBeInvited()
    {
        var user = ActiveUser();

        user.Deactivate();

        user.LicensePoolId.ShouldBeNull();
        Should.Throw<DomainRuleException>(() => user.Invite(Now)).Code.ShouldBe("user_inactive");
    }

    [Fact]
    public void Organization_IsOnlyForPartnerAccounts()
    {
        var customer = Account.Create("Litware", AccountType.Customer, null, null, null);

        Should.Throw<DomainRuleException>(() => PortalOrganization.Create(customer)).Code.ShouldBe("account_not_partner");
    }

    [Fact]
    public void LicencePool_CannotShrinkBelowItsSeatsInUse()
    {
        var pool = LicensePool.Create("Partner portal cloud", 10);

        var error = Should.Throw<DomainRuleException>(() => pool.Update("Partner portal cloud", 3, used: 4));

        error.Code.ShouldBe("seats_below_usage");
        error.IsConflict.ShouldBeTrue();
    }

    [Fact]
    public void Contact_FromAnUnknownEmail_IsNamedAfterItsLocalPart()
    {
        Contact.Create(null, null, "  Jane.Doe@Example.COM ").ShouldSatisfyAllConditions(
            c => c.Email.ShouldBe("jane.doe@example.com"),
            c => c.Name.ShouldBe("jane.doe"));
    }

    private static PortalUser ActiveUser()
    {
        var partner = Account.Create("Northwind", AccountType.Partner, null, null, null);
        var user = PortalUser.Create(PortalOrganization.Create(partner), Contact.Create(partner.Id, null, "pat@northwind.example"), false);
        user.Activate(LicensePool.Create("Partner portal cloud", 5), Now);
        return user;
    }
}
