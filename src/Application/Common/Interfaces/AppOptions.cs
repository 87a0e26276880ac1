namespace PartnerPortal.Application.Common.Interfaces;

/// <summary>The <c>App</c> settings: where the application is reached and whose partner portal it is.</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>The development default of <see cref="PublicUrl"/> (the run command's address).</summary>
    public const string DevelopmentPublicUrl = "http://localhost:5080";

    /// <summary>
    /// The public origin (e.g. <c>https://partners.example.com</c>): the only base of links in e-mails, never the
    /// request's Host header. Required outside Development; the application refuses to start without it.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The vendor running the portal, as e-mails name it ("the Contoso partner portal").</summary>
    public string VendorName { get; set; } = "PartnerPortal";

    /// <summary>The installation's one currency (D5), an ISO 4217 code: every amount is in it.</summary>
    public string Currency { get; set; } = "EUR";
}
