using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerPortal.Application;

public static class DependencyInjection
{
    /// <summary>Validators of this assembly. Mediator itself is registered by the host, where its generator runs.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => Common.Validation.FieldNames.For(member?.Name);
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Common.Security.PartnerScope>();

        // Shared reads and write helpers of the use cases, one place each (handlers never send requests to each other).
        services.AddScoped<Features.Accounts.AccountNames>();
        services.AddScoped<Features.Accounts.AccountOwners>();
        services.AddScoped<Features.Contacts.ContactReader>();
        services.AddScoped<Features.DealRegistrations.DealRegistrationReader>();
        services.AddScoped<Features.DealRegistrations.DealRegistrationStore>();
        services.AddScoped<Features.EmailActions.EmailActionLinks>();
        services.AddScoped<Features.Funds.FundLedger>();
        services.AddScoped<Features.Contacts.PartnerContacts>();
        services.AddScoped<Features.Trainings.TrainingReader>();
        services.AddScoped<Features.Trainings.TrainingStore>();
        services.AddScoped<Features.Trainings.CertificationFund>();
        services.AddScoped<Features.Certificates.CertificateReader>();
        services.AddScoped<Features.Certificates.CertificateStore>();
        services.AddScoped<Features.Jobs.Housekeeping>();
        services.AddScoped<Features.Funds.FundReader>();
        services.AddScoped<Features.Leads.LeadOfferAnswers>();
        services.AddScoped<Features.Leads.LeadOfferNotices>();
        services.AddScoped<Features.Leads.LeadOfferExpiry>();
        services.AddScoped<Features.Leads.LeadReader>();
        services.AddScoped<Features.Leads.LeadRouter>();
        services.AddScoped<Features.Leads.LeadStore>();
        services.AddScoped<Features.LicensePools.LicensePoolEditions>();
        services.AddScoped<Features.LicensePools.SeatAllocator>();
        services.AddScoped<Features.MarketingActivities.MarketingActivityReader>();
        services.AddScoped<Features.MarketingActivities.MarketingActivityStore>();
        services.AddScoped<Features.Opportunities.OpportunityAccruals>();
        services.AddScoped<Features.Opportunities.OpportunityReader>();
        services.AddScoped<Features.Opportunities.OpportunityStore>();
        services.AddScoped<Features.ParameterCategories.ParameterCategoryNames>();
        services.AddScoped<Features.PartnerLevels.LevelReapplier>();
        services.AddScoped<Features.PartnerLevels.PartnerLevelLoader>();
        services.AddScoped<Features.PartnerLevels.PartnerLevelReader>();
        services.AddScoped<Features.Partnerships.PartnershipLoader>();
        services.AddScoped<Features.Partnerships.PartnershipReader>();
        services.AddScoped<Features.Partnerships.Tiers.TierMetrics>();
        services.AddScoped<Features.Partnerships.Tiers.TierEvaluator>();
        services.AddScoped<Features.Partnerships.Tiers.TierDecisionReader>();
        services.AddScoped<Features.Partnerships.Tiers.Renewals>();
        services.AddScoped<Features.ProgramSettings.ProgramSettingsStore>();
        services.AddScoped<Features.PartnerTypes.PartnerTypeStore>();
        services.AddScoped<Features.Notifications.MyNotifications>();
        services.AddScoped<Features.Notifications.Notifier>();
        services.AddScoped<Features.Notifications.VendorRecipients>();
        services.AddScoped<Features.PriceLists.PriceListStore>();
        services.AddScoped<Features.PriceLists.PriceResolver>();
        services.AddScoped<Features.PriceLists.PriceListBenefitConversion>();
        services.AddScoped<Features.Orders.OrderStore>();
        services.AddScoped<Features.Orders.OrderReader>();
        services.AddScoped<Features.Products.ProductReader>();
        services.AddScoped<Features.Portal.MyOrganization>();
        services.AddScoped<Features.Portal.MyProgramReader>();
        services.AddScoped<Features.PortalOrganizations.PortalOrganizationReader>();
        services.AddScoped<Features.PortalUsers.PortalMembers>();
        services.AddScoped<Features.PortalUsers.PartnerRecipients>();
        services.AddScoped<Features.PortalUsers.PartnerOwners>();
        services.AddScoped<Features.PortalUsers.PortalUserFinder>();
        services.AddScoped<Features.Profile.PasswordResetEmail>();

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
