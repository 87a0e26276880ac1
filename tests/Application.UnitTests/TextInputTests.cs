using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Application.Features.PartnerTypes.CreatePartnerType;
using PartnerPortal.Application.Features.PortalUsers.AddPortalUsers;

namespace PartnerPortal.Application.UnitTests;

public sealed class TextInputTests
{
    [Fact]
    public void StringsAndStringLists_WithControlCharacters_FailOnTheirField()
    {
        var failures = TextInput.Failures(new AddPortalUsersCommand(null, ["ok@example.com", "bad\u0000@example.com"], false, false));

        failures.Select(f => f.PropertyName).ShouldBe(["Emails[1]"]);
    }

    [Fact]
    public void MultiLineProperties_AllowLineBreaksAndTabs_Only()
    {
        TextInput.Failures(new CreatePartnerTypeCommand("Reseller", "One\r\nTwo\tthree")).ShouldBeEmpty();
        TextInput.Failures(new CreatePartnerTypeCommand("Re\nseller", "ok")).Select(f => f.PropertyName).ShouldBe(["Name"]);
        TextInput.Failures(new CreatePartnerTypeCommand("Reseller", "bell\u0007")).Select(f => f.PropertyName).ShouldBe(["Description"]);
    }

    [Fact]
    public void NestedObjectsOfOurs_AreWalked()
    {
        var failures = TextInput.Failures(new Outer("fine", new Inner("in\u001bner"), [new Inner("ok"), new Inner("x\u0000")]));

        failures.Select(f => f.PropertyName).ShouldBe(["Child.Text", "Children[1].Text"], ignoreOrder: true);
    }

    public sealed record Inner(string Text);

    public sealed record Outer(string Name, Inner Child, IReadOnlyList<Inner> Children);
}
