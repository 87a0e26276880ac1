using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Accounts;

/// <summary>
/// A company's e-mail domain (e.g. <c>acme.com</c>), kept lower-case without a leading <c>www.</c> or <c>@</c>. A
/// partner's organization admins may add portal users only at their account's domain (or a subdomain of it), so what
/// the portal tells them about an address never concerns anyone outside their own company.
/// </summary>
public static class EmailDomain
{
    public const int MaxLength = 253;

    // Shared mailbox providers: anyone can have an address there, so such a domain says nothing about who works for
    // the partner, and letting an organization admin add users at it would let them probe strangers' addresses.
    private static readonly HashSet<string> PublicProviders = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "ymail.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "gmx.com", "gmx.net", "gmx.de", "web.de", "mail.com",
        "proton.me", "protonmail.com", "zoho.com", "yandex.com", "yandex.ru", "mail.ru", "qq.com", "163.com",
    };

    /// <summary>The domain in its stored form, or null when empty; refuses what is not a domain name.</summary>
    public static string? Normalize(string? value)
    {
        var domain = value?.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();
        if (string.IsNullOrEmpty(domain))
        {
            return null;
        }

        if (domain.StartsWith("www.", StringComparison.Ordinal))
        {
            domain = domain[4..];
        }

        if (!IsDomainName(domain))
        {
            throw new DomainRuleException(
                ProblemCodes.EmailDomainInvalid, "E-mail domain must be a domain name such as acme.com, without a path or an address.");
        }

        if (PublicProviders.Contains(domain))
        {
            throw new DomainRuleException(
                ProblemCodes.EmailDomainPublic,
                $"{domain} is a public mail provider, not a company's domain. Leave the e-mail domain empty; the partner manager then adds the partner's users.");
        }

        return domain;
    }

    /// <summary>Whether the address is at the domain or one of its subdomains (<c>eu.acme.com</c> for <c>acme.com</c>).</summary>
    public static bool Admits(string domain, string email)
    {
        var at = email.LastIndexOf('@');
        if (at < 0)
        {
            return false;
        }

        var host = email[(at + 1)..].ToLowerInvariant();
        return host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);
    }

    private static bool IsDomainName(string domain) =>
        domain.Length <= MaxLength
        && domain.Contains('.', StringComparison.Ordinal)
        && domain.Split('.').All(label =>
            label.Length is > 0 and <= 63
            && label.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            && label[0] != '-' && label[^1] != '-');
}
