using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Domain.UnitTests;

public sealed class TierScoringTests
{
    [Theory]
    [InlineData(10, 40, 6, 24)]
    [InlineData(10, 40, 10, 40)]
    [InlineData(10, 40, 25, 40)]
    [InlineData(100_000, 40, 100_000, 40)]
    [InlineData(100_000, 40, 0, 0)]
    [InlineData(3, 10, 1, 3)]
    [InlineData(0, 40, 5, 0)]
    public void ObligationScore_GivesPartialCreditCappedAtMax(decimal target, int maxScore, decimal current, int expected)
    {
        var score = TierScoring.ObligationScore(target, maxScore, current);

        score.ShouldBe(expected);
    }

    [Fact]
    public void WorkedExample_SixLeadsAndHundredThousand_Scores64With16Left()
    {
        var score = TierScoring.ObligationScore(10, 40, 6) + TierScoring.ObligationScore(100_000, 40, 100_000);

        score.ShouldBe(64);
        TierScoring.ScoreLeft(80, score).ShouldBe(16);
        TierScoring.IsPromotionEligible(80, score, hasNextLevel: true).ShouldBeFalse();
    }

    [Fact]
    public void WorkedExample_TenLeads_Scores80AndIsEligibleForPromotion()
    {
        var score = TierScoring.ObligationScore(10, 40, 10) + TierScoring.ObligationScore(100_000, 40, 100_000);

        score.ShouldBe(80);
        TierScoring.ScoreLeft(80, score).ShouldBe(0);
        TierScoring.IsPromotionEligible(80, score, hasNextLevel: true).ShouldBeTrue();
    }

    [Fact]
    public void TopLevel_IsNeverEligibleForPromotion()
    {
        TierScoring.IsPromotionEligible(0, 120, hasNextLevel: false).ShouldBeFalse();
        TierScoring.IsPromotionEligible(80, 120, hasNextLevel: false).ShouldBeFalse();
    }
}
