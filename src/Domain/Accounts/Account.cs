using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Accounts;

public enum AccountType
{
    Customer,
    Partner,
    OurCompany,
}

/// <summary>A company. Partners are accounts of type <see cref="AccountType.Partner"/>.</summary>
public sealed class Account
{
    public const int NameMaxLength = 250;
    public const int RegionMaxLength = 100;

    private Account()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name as compared for uniqueness (<see cref="NameKey"/>): no two accounts share it.</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    public AccountType Type { get; private set; }

    /// <summary>The employee who owns the account: for a partner, its partner manager.</summary>
    public Guid? OwnerId { get; private set; }

    public string? Website { get; private set; }

    public string? Country { get; private set; }

    /// <summary>The company's e-mail domain (<see cref="Accounts.EmailDomain"/>); a partner's organization admins add users only there.</summary>
    public string? EmailDomain { get; private set; }

    /// <summary>The sales region (free text, e.g. "EMEA" or "DACH"): leads are routed to partners of the same region.</summary>
    public string? Region { get; private set; }

    /// <summary>The company's tax id in its compared form (<see cref="Accounts.TaxId"/>), optional.</summary>
    public string? TaxId { get; private set; }

    public bool IsPartner => Type == AccountType.Partner;

    public static Account Create(string name, AccountType type, Guid? ownerId, string? website, string? country, string? emailDomain = null, string? region = null, string? taxId = null)
    {
        var account = new Account { Id = Guid.CreateVersion7() };
        account.Update(name, type, ownerId, website, country, emailDomain, region, taxId);
        return account;
    }

    public void Update(string name, AccountType type, Guid? ownerId, string? website, string? country, string? emailDomain, string? region = null, string? taxId = null)
    {
        Name = Guard.Required(name, "Name", NameMaxLength);
        NormalizedName = NameKey.Of(Name);
        Type = type;
        OwnerId = ownerId;
        Website = Guard.Optional(website, "Website", 250);
        Country = Guard.Optional(country, "Country", 100);
        EmailDomain = Accounts.EmailDomain.Normalize(emailDomain);
        Region = Guard.Optional(region, "Region", RegionMaxLength);
        TaxId = Accounts.TaxId.Normalize(taxId);
    }
}
