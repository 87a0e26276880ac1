using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.PartnerProgram;

/// <summary>The automatic metric a parameter category is tied to, where one applies.</summary>
public enum MetricCode
{
    None,
    LeadsNumber,
    OpportunityAmount,
    CertifiedExperts,
    MarketingActivities,
    Margin,
    MarketingFundPercent,
    PriceList,

    /// <summary>A benefit: the partner's score when leads are routed automatically (higher first; default 1).</summary>
    LeadRoutingWeight,

    /// <summary>A benefit: how many lead offers the partner may hold open at once (default: setting Leads:DefaultOpenOfferCapacity).</summary>
    LeadOpenOfferCapacity,

    /// <summary>A benefit: days an approved deal registration protects the customer (default: setting Deals:ProtectionDays = 90).</summary>
    DealProtectionDays,

    /// <summary>An obligation: the total of the partner's confirmed (or delivered) orders, confirmed in the window.</summary>
    TotalSales,
}

/// <summary>"Category of partnership parameter": what an obligation measures or a benefit grants.</summary>
public sealed class ParameterCategory
{
    private ParameterCategory()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name as compared for uniqueness (<see cref="NameKey"/>).</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public MetricCode Metric { get; private set; }

    public ParameterValueType DefaultValueType { get; private set; }

    /// <summary>
    /// Whether obligations of this category are measured from the source records (D3): leads, won opportunities,
    /// confirmed orders, certified experts, approved marketing activities. Those are never typed in, only overridden
    /// with a reason.
    /// </summary>
    public bool IsComputed => IsComputedMetric(Metric);

    public static bool IsComputedMetric(MetricCode metric) => metric is MetricCode.LeadsNumber or MetricCode.OpportunityAmount
        or MetricCode.TotalSales or MetricCode.CertifiedExperts or MetricCode.MarketingActivities;

    public static ParameterCategory Create(string name, string? description, MetricCode metric, ParameterValueType defaultValueType)
    {
        var category = new ParameterCategory { Id = Guid.CreateVersion7() };
        category.Update(name, description, metric, defaultValueType);
        return category;
    }

    /// <summary>Issue 10: a Price list category of free text becomes one of price-list references (the data conversion).</summary>
    public void ConvertToPriceListReferences()
    {
        if (Metric == MetricCode.PriceList)
        {
            DefaultValueType = ParameterValueType.PriceList;
        }
    }

    public void Update(string name, string? description, MetricCode metric, ParameterValueType defaultValueType)
    {
        if ((metric == MetricCode.PriceList) != (defaultValueType == ParameterValueType.PriceList))
        {
            throw new DomainRuleException(
                ProblemCodes.PriceListValueType, "The Price list metric and the Price list value type go together (the benefit references a price list).");
        }

        Name = Guard.Required(name, "Name", 100);
        NormalizedName = NameKey.Of(Name);
        Description = Guard.Optional(description, "Description", 1000);
        Metric = metric;
        DefaultValueType = defaultValueType;
    }
}
