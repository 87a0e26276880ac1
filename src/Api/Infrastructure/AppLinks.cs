using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Api.Infrastructure;

/// <summary>Links in e-mails point at <c>App:PublicUrl</c> when set, else at the origin the request came to.</summary>
internal sealed class AppLinks(IHttpContextAccessor accessor, IConfiguration configuration) : IAppLinks
{
    public string Invitation(string token) => $"{Origin()}/invitation/{Uri.EscapeDataString(token)}";

    private string Origin()
    {
        var configured = configuration["App:PublicUrl"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.TrimEnd('/');
        }

        var request = accessor.HttpContext?.Request ?? throw new InvalidOperationException("Set App:PublicUrl to build links outside a request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
