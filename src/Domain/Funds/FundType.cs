using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Funds;

/// <summary>
/// A kind of fund a partnership can hold ("Marketing fund", "Certification fund"). <see cref="Code"/> is the stable key
/// code refers to (<see cref="MarketingCode"/>); the name is what people read and may change.
/// </summary>
public sealed class FundType
{
    public const string MarketingCode = "Marketing";
    public const string CertificationCode = "Certification";

    /// <summary>The seeded types (the migration inserts them with these ids).</summary>
    public static readonly Guid MarketingId = new("0195f3c0-0000-7000-8000-00000000f001");
    public static readonly Guid CertificationId = new("0195f3c0-0000-7000-8000-00000000f002");

    private FundType()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Letters, digits, '-' and '_' only; unique ignoring case.</summary>
    public string Code { get; private set; }

    public string NormalizedCode { get; private set; } = string.Empty;

    public string Name { get; private set; }

    /// <summary>The name as compared for uniqueness (<see cref="NameKey"/>).</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public static FundType Create(string code, string name, string? description)
    {
        var type = new FundType { Id = Guid.CreateVersion7() };
        type.Code = ValidCode(code);
        type.NormalizedCode = NameKey.Of(type.Code);
        type.Update(name, description);
        return type;
    }

    /// <summary>Name and description change; the code is fixed once created (code and other systems refer to it).</summary>
    public void Update(string name, string? description)
    {
        Name = Guard.Required(name, "Name", 100);
        NormalizedName = NameKey.Of(Name);
        Description = Guard.Optional(description, "Description", 1000);
    }

    private static string ValidCode(string code)
    {
        var trimmed = Guard.Required(code, "Code", 40);
        if (!trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new DomainRuleException(ProblemCodes.FundTypeCodeInvalid, "A fund type code holds only letters, digits, '-' and '_'.");
        }

        return trimmed;
    }
}
