using System.Reflection;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Architecture.Tests;

/// <summary>
/// The layout of the use cases: one request and one handler per use case, in Features/&lt;Aggregate&gt;/&lt;UseCase&gt;/,
/// and handlers that never go back through the mediator (a read-back re-runs the pipeline, its authorization
/// included, and can roll a permitted write back).
/// </summary>
public sealed class UseCaseTests
{
    private const string FeaturesNamespace = "PartnerPortal.Application.Features";

    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    private static readonly Type[] MediatorSenders = [typeof(Mediator.ISender), typeof(Mediator.IPublisher), typeof(Mediator.IMediator)];

    [Fact]
    public void EveryHandler_ImplementsExactlyOneHandlerInterface()
    {
        var handlers = Handlers().ToList();

        handlers.Count.ShouldBeGreaterThan(50);
        handlers.Where(t => HandlerInterfaces(t).Count != 1)
            .Select(t => $"{t.Name}: {string.Join(", ", HandlerInterfaces(t).Select(i => i.Name))}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void NoHandler_DependsOnTheMediator()
    {
        var offenders =
            from handler in Handlers()
            let parameters = handler.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .SelectMany(c => c.GetParameters()).Select(p => (Name: p.Name, Type: p.ParameterType))
            let fields = handler.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .Select(f => (Name: (string?)f.Name, Type: f.FieldType))
            from member in parameters.Concat(fields)
            where MediatorSenders.Any(s => s.IsAssignableFrom(member.Type))
            select $"{handler.Name}.{member.Name}";

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Application_DoesNotReferenceDatabaseProviders()
    {
        string[] providers = ["Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql", "Microsoft.Data.SqlClient", "Microsoft.Data.Sqlite"];

        var referenced = Application.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        referenced.ShouldContain("Microsoft.EntityFrameworkCore", "the check reads the assembly's real references");
        referenced.Where(name => providers.Any(p => name.StartsWith(p, StringComparison.Ordinal))).ShouldBeEmpty();
    }

    [Fact]
    public void EveryRequest_LivesInItsUseCaseNamespace_WithItsHandler_InItsUseCaseFile()
    {
        var requests = Requests().ToList();
        var handlers = Handlers().ToList();
        var features = Path.Combine(RepositoryRoot(), "src", "Application", "Features");

        requests.Count.ShouldBeGreaterThan(50);
        var offenders = new List<string>();
        foreach (var request in requests)
        {
            var segments = request.Namespace?.Split('.') ?? [];
            var useCase = UseCaseOf(request);
            if (segments.Length != 5 || !request.Namespace!.StartsWith(FeaturesNamespace + ".", StringComparison.Ordinal) || segments[^1] != useCase)
            {
                offenders.Add($"{request.FullName}: expected namespace {FeaturesNamespace}.<Aggregate>.{useCase}");
                continue;
            }

            var handler = handlers.SingleOrDefault(h => HandlerInterfaces(h).Any(i => i.GetGenericArguments()[0] == request));
            if (handler is null || handler.Namespace != request.Namespace)
            {
                offenders.Add($"{request.Name}: its handler {handler?.FullName ?? "(none)"} is not beside it");
            }

            var file = Path.Combine(features, segments[3], useCase, useCase + ".cs");
            if (!File.Exists(file) || !File.ReadAllText(file).Contains($"record {request.Name}", StringComparison.Ordinal)
                || (handler is not null && !File.ReadAllText(file).Contains($"class {handler.Name}", StringComparison.Ordinal)))
            {
                offenders.Add($"{request.Name}: not declared with its handler in {Path.GetRelativePath(features, file)}");
            }
        }

        offenders.ShouldBeEmpty();
    }

    /// <summary>The use case a request is for: its name without the Command or Query suffix.</summary>
    private static string UseCaseOf(Type request) =>
        request.Name.EndsWith("Command", StringComparison.Ordinal) ? request.Name[..^"Command".Length]
        : request.Name.EndsWith("Query", StringComparison.Ordinal) ? request.Name[..^"Query".Length]
        : request.Name;

    /// <summary>
    /// Clients show only what /api/auth/me's permissions allow, so a request open only to some employees must take its
    /// role list from <see cref="Permissions.RolesWith"/>; a list written another way would drift from what clients see.
    /// Requests open to every employee, portal users or any signed-in user need no permission.
    /// </summary>
    [Fact]
    public void EveryRestrictedEmployeeRequest_TakesItsRoles_FromAPermission()
    {
        string[] open = [Roles.AnyEmployee, Roles.PortalUser, $"{Roles.AnyEmployee},{Roles.PortalUser}", string.Empty];
        var permissionRoles = Permissions.All.Select(p => p.Value).ToHashSet();

        var offenders =
            from request in Requests()
            from attribute in request.GetCustomAttributes(typeof(AuthorizeAttribute), inherit: true).Cast<AuthorizeAttribute>()
            where !open.Contains(attribute.Roles) && !permissionRoles.Contains(attribute.Roles)
            select $"{request.Name}: {attribute.Roles}";

        Requests().Count(r => r.GetCustomAttributes(typeof(AuthorizeAttribute), true).Length > 0).ShouldBeGreaterThan(50);
        offenders.ShouldBeEmpty();
    }

    private static IEnumerable<Type> Requests() =>
        Application.GetTypes().Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.Namespace == "Mediator" && i.Name.StartsWith("IBase", StringComparison.Ordinal)));

    private static IEnumerable<Type> Handlers() =>
        Application.GetTypes().Where(t => t.IsClass && !t.IsAbstract && AllHandlerInterfaces(t).Any());

    private static IEnumerable<Type> AllHandlerInterfaces(Type type) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.Namespace == "Mediator" && i.Name.Contains("Handler", StringComparison.Ordinal));

    // ICommandHandler<TCommand> extends ICommandHandler<TCommand, Unit>: count only the interfaces the class declares,
    // not the ones they inherit.
    private static List<Type> HandlerInterfaces(Type type)
    {
        var all = AllHandlerInterfaces(type).ToList();
        return [.. all.Where(i => !all.Any(other => other != i && i.IsAssignableFrom(other)))];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartnerPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PartnerPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
