using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Common.Paging;

/// <summary>
/// The lists' text search (issue 10: searches go through an index, never a <c>LOWER(x) LIKE '%q%'</c> scan): the search
/// is a prefix of a name's stored key (<see cref="NameKey"/>: trimmed, upper-case), read as one index range
/// [key, key with its last character + 1). On PostgreSQL the key columns use the "C" collation, so the range is exact
/// whatever the database's locale.
/// </summary>
public static class PrefixSearch
{
    public static (string From, string To)? Range(string? search)
    {
        var key = NameKey.Of(search);
        return key.Length == 0 ? null : (key, key[..^1] + (char)(key[^1] + 1));
    }
}
