using PartnerPortal.Domain.Accounts;
using Shouldly;
using Xunit;

namespace PartnerPortal.Domain.UnitTests;

public sealed class EmailDomainTests
{
    [Theory]
    [InlineData("acme.com", "ann@acme.com", true)]
    [InlineData("acme.com", "Ann@ACME.com", true)]
    [InlineData("acme.com", "ann@eu.acme.com", true)]
    [InlineData("acme.com", "ann@notacme.com", false)]
    [InlineData("acme.com", "ann@acme.com.evil.example", false)]
    [InlineData("acme.com", "acme.com@evil.example", false)]
    public void Admits_TheDomainAndItsSubdomainsOnly(string domain, string email, bool admitted) =>
        EmailDomain.Admits(domain, email).ShouldBe(admitted);
}
