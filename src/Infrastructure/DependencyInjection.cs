using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Infrastructure.Email;
using PartnerPortal.Infrastructure.Identity;
using PartnerPortal.Infrastructure.Messaging;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Persistence.Interceptors;
using PartnerPortal.Infrastructure.Scheduling;
using PartnerPortal.Infrastructure.Persistence.Seeding;

namespace PartnerPortal.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public static class DependencyInjection
{
    public const string DefaultSqliteConnection = "Data Source=data/partnerportal.db";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Default");
        services.AddScoped<DomainEventsInterceptor>();
        services.AddScoped<OutboxSignalInterceptor>();
        services.AddDbContext<ApplicationDbContext>((sp, options) => UseProvider(options, provider, connectionString)
            .AddInterceptors(sp.GetRequiredService<DomainEventsInterceptor>(), sp.GetRequiredService<OutboxSignalInterceptor>())
            // A failed save is either an expected answer (a constraint violation ConstraintViolations turns into 404/409)
            // or an unexpected one the exception handler logs as an error with its exception; EF's own error logs of it
            // (with the stack trace) would only repeat it, or report a normal answer as an error.
            // PostgreSQL also reports the failed command as a connection error; a real outage still shows as a warning.
            .ConfigureWarnings(w => w.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Warning))));
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<IOutboxDeliverer, EmailDeliverer>();
        services.AddScoped<IOutboxDeliverer, TierEvaluationDeliverer>();
        services.AddScheduling(configuration, provider, connectionString);
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ApplicationDbContext>().ReplaceDefaultEntities<Guid>());
        services.AddScoped<IIntegrationClients, IntegrationClients>();
        services.AddScoped<IApplicationDbContext>(sp => sp.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<IRowLocks, RowLocks>();
        services.AddScoped<IEmployeeDirectory, EmployeeDirectory>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.Configure<Application.Features.PortalUsers.PortalOptions>(configuration.GetSection("Portal"));
        if (string.Equals(configuration["Email:Mode"], "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddScoped<IEmailSender, OutboxEmailSender>();
        }

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<FirstAdmin>();

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<ApplicationDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>()
            .AddDefaultTokenProviders();

        // Password-reset links (the only Identity tokens used) expire quickly.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = Application.Features.Profile.PasswordResetEmail.Lifetime);
        return services;
    }

    /// <summary>Configures <paramref name="options"/> for a provider with that provider's migrations assembly.</summary>
    public static DbContextOptionsBuilder UseProvider(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString)
    {
        const string migrations = "PartnerPortal.Infrastructure.Migrations.";
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(
                connectionString ?? DefaultSqliteConnection, o => o.MigrationsAssembly(migrations + "Sqlite")),
            DatabaseProvider.PostgreSql => options.UseNpgsql(
                connectionString ?? throw MissingConnectionString(provider), o => o.MigrationsAssembly(migrations + "PostgreSql")),
            DatabaseProvider.SqlServer => options.UseSqlServer(
                connectionString ?? throw MissingConnectionString(provider), o => o.MigrationsAssembly(migrations + "SqlServer")),
            _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
        };
    }

    private static InvalidOperationException MissingConnectionString(DatabaseProvider provider) =>
        new($"Database:Provider is {provider}, so ConnectionStrings:Default must be set.");
}
