using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Domain.UnitTests;

public sealed class NotificationTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void AnEmailLink_WorksOnce_BeforeItExpires_AndKeepsOnlyTheHashOfItsSecret()
    {
        var (link, token) = EmailActionLink.Issue(EmailAction.AcceptLeadOffer, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, Now.AddHours(48));
        token.Length.ShouldBeGreaterThanOrEqualTo(43, "256 random bits");
        link.TokenHash.ShouldBe(LinkToken.Hash(token));
        link.TokenHash.ShouldNotContain(token);
        EmailActionLink.Issue(EmailAction.AcceptLeadOffer, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, Now.AddHours(48)).Token.ShouldNotBe(token);

        link.Use(Now.AddHours(47));
        link.UsedAt.ShouldBe(Now.AddHours(47));
        Should.Throw<DomainRuleException>(() => link.Use(Now.AddHours(47))).Code.ShouldBe(ProblemCodes.EmailActionUsed);

        var (late, _) = EmailActionLink.Issue(EmailAction.DeclineLeadOffer, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, Now.AddHours(48));
        var expired = Should.Throw<DomainRuleException>(() => late.Use(Now.AddHours(48)));
        expired.Code.ShouldBe(ProblemCodes.EmailActionExpired);
        expired.IsConflict.ShouldBeTrue();
        late.UsedAt.ShouldBeNull("an expired link changes nothing");
    }

    [Fact]
    public void ANotification_KeepsTheFirstReadTime_AndCutsOverlongText()
    {
        var notification = Notification.Create(Guid.NewGuid(), null, "lead", null, new string('x', 400), "Body", "/leads/1", Now);
        notification.Title.Length.ShouldBe(Notification.TitleMaxLength);
        notification.Title.ShouldEndWith("…");
        notification.ReadAt.ShouldBeNull();
        notification.MarkRead(Now.AddMinutes(1));
        notification.MarkRead(Now.AddMinutes(5));
        notification.ReadAt.ShouldBe(Now.AddMinutes(1));
    }
}
