using NetArchTest.Rules;

namespace PartnerPortal.Architecture.Tests;

public sealed class LayerTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(Domain.Partnerships.Partnership).Assembly;
    private static readonly System.Reflection.Assembly Application = typeof(Application.DependencyInjection).Assembly;
    private static readonly System.Reflection.Assembly Infrastructure = typeof(Infrastructure.DependencyInjection).Assembly;

    [Fact]
    public void Domain_DependsOnNothingButTheBaseLibrary()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "PartnerPortal.Application", "PartnerPortal.Infrastructure",
                "FluentValidation", "Mediator")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(Describe(result));
    }

    [Fact]
    public void Application_DoesNotDependOnInfrastructureOrAspNetCore()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("PartnerPortal.Infrastructure", "PartnerPortal.Api", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.SqlClient")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(Describe(result));
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnTheApi()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("PartnerPortal.Api").GetResult();

        result.IsSuccessful.ShouldBeTrue(Describe(result));
    }

    [Fact]
    public void DomainEntities_HaveNoPublicSetters()
    {
        var offenders = Domain.GetTypes()
            .Where(t => t.IsClass && t.Namespace?.StartsWith("PartnerPortal.Domain", StringComparison.Ordinal) == true)

            // Domain events are immutable records: their init-only setters are set once, at construction.
            .Where(t => !t.IsAssignableTo(typeof(Domain.Common.IDomainEvent)))
            .SelectMany(t => t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly).Where(p => p.SetMethod?.IsPublic == true).Select(p => $"{t.Name}.{p.Name}"))
            .ToList();

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Requests_AreSealedRecords_AndEveryOneDeclaresAuthorization()
    {
        var requests = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.Namespace == "Mediator" && i.Name.StartsWith("IBase", StringComparison.Ordinal)))
            .ToList();

        requests.ShouldNotBeEmpty();
        requests.Where(t => !t.IsSealed).ShouldBeEmpty();
        requests.Where(t => !t.IsDefined(typeof(Application.Common.Security.AuthorizeAttribute), inherit: true)
            && !t.IsDefined(typeof(Application.Common.Security.AllowAnonymousAttribute), inherit: true)).ShouldBeEmpty();
    }

    private static string Describe(TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
