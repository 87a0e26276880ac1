using Riok.Mapperly.Abstractions;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.ParameterCategories;

[Mapper]
public static partial class ParameterCategoryMapper
{
    [MapperIgnoreSource(nameof(ParameterCategory.NormalizedName))]
    [MapperIgnoreSource(nameof(ParameterCategory.IsComputed))]
    public static partial ParameterCategoryDto ToDto(this ParameterCategory category);

    public static partial IQueryable<ParameterCategoryDto> ProjectToDto(this IQueryable<ParameterCategory> categories);
}
