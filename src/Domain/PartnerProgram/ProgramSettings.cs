using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.PartnerProgram;

/// <summary>The partner program's own rules, one row for the installation (an administrator edits them).</summary>
public sealed class ProgramSettings
{
    public const int MaxGraceDays = 365;

    /// <summary>The one row's key.</summary>
    public static readonly Guid SingletonId = new("0195f3c0-0000-7000-8000-0000000000a1");

    private ProgramSettings()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// D2: after a promotion the obligations are counted from the promotion on (the evaluation window moves); when
    /// false they keep counting from the period's start, so one evaluation can promote several levels at once.
    /// </summary>
    public bool ResetProgressOnPromotion { get; private set; }

    /// <summary>
    /// D4: days after a period's end during which the partner can still catch up; records dated in them count for the
    /// renewal, and a move down is proposed only once they have passed.
    /// </summary>
    public int RenewalGraceDays { get; private set; }

    public static ProgramSettings Default() => new() { Id = SingletonId, ResetProgressOnPromotion = true, RenewalGraceDays = 30 };

    public void Update(bool resetProgressOnPromotion, int renewalGraceDays)
    {
        if (renewalGraceDays is < 0 or > MaxGraceDays)
        {
            throw new DomainRuleException(ProblemCodes.GraceDaysInvalid, $"The grace period is 0 to {MaxGraceDays} days.");
        }

        ResetProgressOnPromotion = resetProgressOnPromotion;
        RenewalGraceDays = renewalGraceDays;
    }
}
