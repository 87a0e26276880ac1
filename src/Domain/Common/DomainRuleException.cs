namespace PartnerPortal.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is stable and machine-readable (e.g. <c>level_type_mismatch</c>);
/// the API maps it to 422, or to 409 when <see cref="IsConflict"/> is set (the request clashes with stored state).
/// </summary>
public sealed class DomainRuleException(string code, string message, bool isConflict = false) : Exception(message)
{
    public string Code { get; } = code;

    public bool IsConflict { get; } = isConflict;
}
