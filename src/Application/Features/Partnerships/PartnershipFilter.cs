using FluentValidation;

namespace PartnerPortal.Application.Features.Partnerships;

/// <summary>
/// Which partnerships a list shows; null filters are not applied. The one filter of the partnerships list AND its CSV
/// export: both requests carry it, the API binds it from the query string for both (<c>[AsParameters]</c>), both
/// validate it with <see cref="PartnershipFilterValidator"/>, and <see cref="PartnershipReader"/> applies it in one
/// place. A filter added here is a filter of the list, of the export, of the OpenAPI document and of the TS client.
/// </summary>
public sealed record PartnershipFilter(
    Guid? PartnerTypeId = null, Guid? PartnerLevelId = null, bool? IsActive = null, string? Search = null, Guid? AccountId = null, bool? AtRisk = null);

/// <summary>The rules of <see cref="PartnershipFilter"/>, wherever a request carries it.</summary>
public sealed class PartnershipFilterValidator : AbstractValidator<PartnershipFilter>
{
    public PartnershipFilterValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
    }
}
