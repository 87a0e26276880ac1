namespace PartnerPortal.Domain.Partnerships;

/// <summary>The scoring formula of DOMAIN 2.6: full points once the target is met, partial credit before.</summary>
public static class TierScoring
{
    public static int ObligationScore(decimal target, int maxScore, decimal current)
    {
        if (target <= 0 || current <= 0)
        {
            return 0;
        }

        return current >= target
            ? maxScore
            : (int)Math.Round(maxScore * current / target, MidpointRounding.AwayFromZero);
    }

    /// <summary>Points still missing; never negative.</summary>
    public static int ScoreLeft(int targetScore, int currentScore) => Math.Max(0, targetScore - currentScore);

    /// <summary>D1: the top level has no target, so only a level with a next one and a positive target can be left.</summary>
    public static bool IsPromotionEligible(int targetScore, int currentScore, bool hasNextLevel) =>
        hasNextLevel && targetScore > 0 && currentScore >= targetScore;
}
