namespace PartnerPortal.Application.Common.Exceptions;

/// <summary>The request lacks something the operation needs before any rule applies (400 with <see cref="Code"/>), e.g. its Idempotency-Key.</summary>
public sealed class BadRequestException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
