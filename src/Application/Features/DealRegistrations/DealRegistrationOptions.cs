namespace PartnerPortal.Application.Features.DealRegistrations;

/// <summary>The <c>Deals</c> settings (issue 9, D9).</summary>
public sealed class DealRegistrationOptions
{
    public const string Section = "Deals";

    /// <summary>Days an approved registration protects the customer when the partner's level grants no protection-days benefit.</summary>
    public int ProtectionDays { get; set; } = 90;
}
