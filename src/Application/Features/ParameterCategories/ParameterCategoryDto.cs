using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.ParameterCategories;

public sealed record ParameterCategoryDto(Guid Id, string Name, string? Description, MetricCode Metric, ParameterValueType DefaultValueType);
