namespace PartnerPortal.Application.Common.Exceptions;

/// <summary>A service the request depends on (e.g. the mail server) did not answer; the command's writes are rolled back.</summary>
public sealed class ServiceUnavailableException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}
