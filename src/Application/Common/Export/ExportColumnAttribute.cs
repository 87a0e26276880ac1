namespace PartnerPortal.Application.Common.Export;

/// <summary>
/// The header of an export column, when the property's humanized name (<see cref="Validation.FieldNames"/>:
/// "StartDate" → "Start date") is not what a person should read. Put it on the parameter of a positional export row
/// record. Every public property of an export row is a column, in declaration order.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ExportColumnAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
