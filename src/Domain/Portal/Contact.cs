using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Portal;

/// <summary>A person at an account: portal users and certified experts are contacts.</summary>
public sealed class Contact
{
    private Contact()
    {
        Name = string.Empty;
        Email = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid? AccountId { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    /// <summary>A contact for an e-mail nobody has entered yet: named after the e-mail's local part (DOMAIN 1.40).</summary>
    public static Contact Create(Guid? accountId, string? name, string email)
    {
        var normalized = NormalizeEmail(email);
        return new Contact
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Email = normalized,
            Name = Guard.Required(string.IsNullOrWhiteSpace(name) ? normalized.Split('@')[0] : name, "Name", 250),
        };
    }

    public void Rename(string name) => Name = Guard.Required(name, "Name", 250);

    public static string NormalizeEmail(string email) => Guard.Required(email, "E-mail", 250).ToLowerInvariant();
}
