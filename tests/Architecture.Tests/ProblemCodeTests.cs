using System.Text.RegularExpressions;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Architecture.Tests;

/// <summary>Every problem code the solution sends is in the one catalog clients read (<see cref="ProblemCodes"/>).</summary>
public sealed partial class ProblemCodeTests
{
    /// <summary>Calls whose first lower-case string argument is a problem code.</summary>
    private static readonly string[] CodeTakingCalls =
        ["DomainRuleException(", "ServiceUnavailableException(", "Problems.Create(", "EnsureNoneAsync("];

    /// <summary>snake_case literals in src/ that are not problem codes.</summary>
    private static readonly string[] NotCodes = ["oi_scp"];

    [Fact]
    public void Codes_AreUniqueSnakeCase()
    {
        ProblemCodes.All.Count.ShouldBeGreaterThan(40);
        ProblemCodes.All.ShouldBeUnique();
        ProblemCodes.All.ShouldAllBe(code => SnakeCase().IsMatch(code));
        ProblemCodes.Named.Select(c => c.Key).ShouldBeUnique();
    }

    [Fact]
    public void EveryStatusGetsACatalogCode()
    {
        for (var status = 400; status < 600; status++)
        {
            ProblemCodes.All.ShouldContain(ProblemCodes.ForStatus(status));
        }
    }

    [Fact]
    public void EveryCodeLiteralInTheSources_IsInTheCatalog()
    {
        var unknown = new List<string>();
        var found = 0;
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(RepositoryRoot(), file);

            // Any snake_case literal anywhere is taken for a code: it catches codes passed through helpers too.
            foreach (Match literal in SnakeCaseLiteral().Matches(text))
            {
                var value = literal.Groups[1].Value;
                if (value.Contains('_', StringComparison.Ordinal) && !NotCodes.Contains(value))
                {
                    unknown.Add(ProblemCodes.All.Contains(value)
                        ? $"{relative}: \"{value}\" (use the ProblemCodes constant)"
                        : $"{relative}: \"{value}\"");
                }
            }

            // One-word codes (required, conflict...) only count as the code argument of a call that takes one.
            foreach (var call in CodeTakingCalls)
            {
                for (var at = text.IndexOf(call, StringComparison.Ordinal); at >= 0; at = text.IndexOf(call, at + 1, StringComparison.Ordinal))
                {
                    found++;
                    var code = FirstCodeArgument(text, at + call.Length);
                    if (code is not null && !code.Contains('_', StringComparison.Ordinal))
                    {
                        if (!ProblemCodes.All.Contains(code))
                        {
                            unknown.Add($"{relative}: \"{code}\" in {call}");
                        }
                    }
                }
            }
        }

        found.ShouldBeGreaterThan(10, "the scan found no call that takes a code: have they moved?");
        unknown.ShouldBeEmpty("codes are constants of src/Domain/Common/ProblemCodes.cs (clients read the catalog from the OpenAPI document)");
    }

    /// <summary>The first literal among the call's arguments (up to its closing parenthesis) that looks like a code.</summary>
    private static string? FirstCodeArgument(string text, int start)
    {
        var depth = 1;
        for (var i = start; i < text.Length && depth > 0; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '"':
                    // Skip the whole string, so that parentheses in messages do not count; only a plain literal is a code.
                    var end = text.IndexOf('"', i + 1);
                    var value = text[(i + 1)..end];
                    if (text[i - 1] is not ('$' or '@') && SnakeCase().IsMatch(value))
                    {
                        return value;
                    }

                    i = end;
                    break;
            }
        }

        return null;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("ProblemCodes.cs", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartnerPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PartnerPortal.sln not found above the test folder.");
    }

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex("\"([a-z]+(?:_[a-z]+)+)\"")]
    private static partial Regex SnakeCaseLiteral();
}
