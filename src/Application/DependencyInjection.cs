using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerPortal.Application;

public static class DependencyInjection
{
    /// <summary>Validators of this assembly. Mediator itself is registered by the host, where its generator runs.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member?.Name;
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Common.Security.PartnerScope>();
        services.AddScoped<Features.PortalAccess.PortalMembers>();
        services.AddScoped<Features.Partnerships.PartnershipReader>();
        services.AddScoped<Common.Messaging.Outbox>();
        services.AddScoped<Common.Messaging.IDomainEventDispatcher, Common.Messaging.DomainEventDispatcher>();
        foreach (var handler in typeof(DependencyInjection).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(Common.Messaging.IDomainEventHandler))))
        {
            services.AddScoped(typeof(Common.Messaging.IDomainEventHandler), handler);
        }

        return services;
    }
}
