using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Domain.UnitTests;

/// <summary>The reseller program of DOMAIN 2.6 (Bronze and Silver), in memory.</summary>
internal sealed class ProgramBuilder
{
    public static readonly DateOnly Since = new(2026, 1, 1);
    public static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    public ParameterCategory Leads { get; } = ParameterCategory.Create("Leads number", null, MetricCode.LeadsNumber, ParameterValueType.Integer);

    public ParameterCategory Amount { get; } = ParameterCategory.Create("Opportunity amount", null, MetricCode.OpportunityAmount, ParameterValueType.Decimal);

    public ParameterCategory Certified { get; } = ParameterCategory.Create("Certified experts", null, MetricCode.CertifiedExperts, ParameterValueType.Integer);

    public ParameterCategory Margin { get; } = ParameterCategory.Create("Margin", null, MetricCode.Margin, ParameterValueType.Decimal);

    public PartnerType Reseller { get; } = PartnerType.Create("Reseller", null);

    public Account Partner { get; } = Account.Create("Northwind", AccountType.Partner, null, null, null);

    public PartnerLevel Bronze()
    {
        var level = PartnerLevel.Create(Reseller.Id, "Bronze", null, 1, 80, 0);
        level.AddParameter(ParameterKind.Obligation, Leads, Number(ParameterValueType.Integer, 10), 40, Since, null);
        level.AddParameter(ParameterKind.Obligation, Amount, Number(ParameterValueType.Decimal, 100_000), 40, Since, null);
        level.AddParameter(ParameterKind.Benefit, Margin, Number(ParameterValueType.Decimal, 10), 0, Since, null);
        return level;
    }

    public PartnerLevel Silver()
    {
        var level = PartnerLevel.Create(Reseller.Id, "Silver", null, 2, 120, 1);
        level.AddParameter(ParameterKind.Obligation, Leads, Number(ParameterValueType.Integer, 25), 60, Since, null);
        level.AddParameter(ParameterKind.Obligation, Certified, Number(ParameterValueType.Integer, 3), 60, Since, null);
        level.AddParameter(ParameterKind.Benefit, Margin, Number(ParameterValueType.Decimal, 15), 0, Since, null);
        return level;
    }

    public static ParameterValue Number(ParameterValueType type, decimal value) => ParameterValue.Of(type, value, null, null);
}
