using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// Maps <see cref="ParameterValue"/> as a complex type onto the owner's table, under the column names the
/// three tables had before it was one (ValueType, NumberValue, TextValue, BoolValue): no schema change, no data moved.
/// EF binds the private constructor (its parameter names match the properties) when it reads a row.
/// </summary>
internal static class ParameterValueMapping
{
    public static void Map(ComplexPropertyBuilder<ParameterValue> value)
    {
        value.Property(v => v.Type).HasColumnName("ValueType");
        value.Property(v => v.Number).HasColumnName("NumberValue");
        value.Property(v => v.Text).HasColumnName("TextValue").HasMaxLength(250);
        value.Property(v => v.Flag).HasColumnName("BoolValue");

        // Issue 10: the price list a Price list benefit references. EF Core cannot put a foreign key on a complex type's
        // property, so the reference is checked by the writers (exists, not personal) and by the delete (price_list_in_use).
        value.Property(v => v.PriceListId).HasColumnName("PriceListId");
    }
}
