using System.Security.Cryptography;
using System.Text;

namespace PartnerPortal.Domain.Common;

/// <summary>
/// The secret of a link sent by e-mail (an invitation, an act-from-e-mail action): 256 random bits, base64url, of which
/// only the SHA-256 hash is stored, so a copy of the database opens no link.
/// </summary>
public static class LinkToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
