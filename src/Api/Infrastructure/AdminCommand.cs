using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Persistence.Seeding;

namespace PartnerPortal.Api.Infrastructure;

/// <summary>
/// <c>PartnerPortal.Api create-admin --email admin@example.com [--password ...] [--name "Ada Admin"]</c>: migrates the
/// database and creates the first administrator, then exits. Without <c>--password</c> the password is read from the
/// <c>PARTNERPORTAL_ADMIN_PASSWORD</c> environment variable (keeps it out of the shell history and process list).
/// Every other argument (e.g. <c>--ConnectionStrings:Default=...</c>) configures the host as usual.
/// </summary>
internal sealed class AdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "PARTNERPORTAL_ADMIN_PASSWORD";
    private static readonly string[] Own = ["--email", "--password", "--name"];

    private AdminCommand(Dictionary<string, string> options, string[] hostArgs)
    {
        Options = options;
        HostArgs = hostArgs;
    }

    public Dictionary<string, string> Options { get; }

    public string[] HostArgs { get; }

    /// <summary>The command when <paramref name="args"/> start with <c>create-admin</c>, else null (a normal start).</summary>
    public static AdminCommand? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var (key, value) = args[i].Split('=', 2) is [var k, var v] ? (k, (string?)v) : (args[i], null);
            if (Own.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                value ??= i + 1 < args.Length ? args[++i] : string.Empty;
                options[key[2..]] = value;
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return new AdminCommand(options, [.. rest]);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
        var password = Options.GetValueOrDefault("password") ?? Environment.GetEnvironmentVariable(PasswordVariable) ?? string.Empty;
        var result = await scope.ServiceProvider.GetRequiredService<FirstAdmin>()
            .CreateAsync(Options.GetValueOrDefault("email") ?? string.Empty, password, Options.GetValueOrDefault("name"));
        await output.WriteLineAsync(result.Message);
        return result.Succeeded ? 0 : 1;
    }
}
