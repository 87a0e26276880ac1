namespace PartnerPortal.Application.Common.Exceptions;

public sealed class ForbiddenAccessException(string message = "You are not allowed to do this.") : Exception(message);
