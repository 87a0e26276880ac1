using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Api.Infrastructure;

/// <summary>
/// A hash of a random password nobody knows, made once per process with the application's hasher (same algorithm
/// and iteration count as real hashes), to spend the same time on a sign-in whose e-mail has no login.
/// </summary>
internal static class DummyPassword
{
    private static string? _hash;

    public static void Verify(IPasswordHasher<ApplicationUser> hasher, string password)
    {
        var user = new ApplicationUser();
        _hash ??= hasher.HashPassword(user, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        _ = hasher.VerifyHashedPassword(user, _hash, password);
    }
}
