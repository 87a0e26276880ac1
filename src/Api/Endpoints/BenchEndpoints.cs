using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Leads;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Only with <c>Bench:BareEndpoints=true</c>, which bench/run.sh sets and nothing else does: the portal leads list's query
/// behind a bare endpoint (no authentication, no mediator, no behaviours), so the benchmark can weigh what the full
/// pipeline adds to the same work (issue 10). Anonymous and unscoped by nature: never enable it on a real installation.
/// </summary>
internal static class BenchEndpoints
{
    public const string Setting = "Bench:BareEndpoints";

    public static void MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue(Setting, false))
        {
            return;
        }

        app.MapGet("/bench/bare/portal-leads", async (Guid accountId, LeadStatus? status, PartnerScope scope, LeadReader reader, CancellationToken cancellationToken) =>
            {
                scope.Enter(accountId, Guid.Empty, Guid.Empty, isOrganizationAdmin: false);
                return await reader.ListHeldAsync(status, null, null, 50, cancellationToken);
            })
            .ExcludeFromDescription();
    }
}
