using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Api.Infrastructure;

/// <summary>
/// Links in e-mails point at the configured <c>App:PublicUrl</c> only. They never come from the request (its Host
/// header is the caller's to choose), and e-mails are written in domain event handlers, where no request may exist.
/// </summary>
internal sealed class AppLinks(IOptions<AppOptions> options) : IAppLinks
{
    public string Invitation(string token) => $"{Origin()}/invitation/{Uri.EscapeDataString(token)}";

    public string PasswordReset(string token, string email) =>
        $"{Origin()}/reset-password/{Uri.EscapeDataString(token)}?email={Uri.EscapeDataString(email)}";

    private string Origin() => (options.Value.PublicUrl ?? throw new InvalidOperationException("Set App:PublicUrl.")).TrimEnd('/');
}
