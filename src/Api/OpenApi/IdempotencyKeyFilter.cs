using Microsoft.OpenApi;
using PartnerPortal.Application.Common.Idempotency;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PartnerPortal.Api.OpenApi;

/// <summary>
/// Declares the <c>Idempotency-Key</c> header of money-moving operations as required, so generated clients must send
/// it (the endpoint binds it as optional, so that a missing key gets our 400 <c>idempotency_key_required</c> rather
/// than the framework's bare 400).
/// </summary>
internal sealed class IdempotencyKeyFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, IIdempotentCommand.Header, StringComparison.OrdinalIgnoreCase))
            {
                parameter.Required = true;
                parameter.Description = "A new unique value (e.g. a UUID) per user action. Repeating a request with the same key returns the first "
                    + "response and moves no money again; the same key with another request is 422 idempotency_key_reused.";
            }
        }
    }
}
