namespace PartnerPortal.Application.Common.Interfaces;

/// <summary>Who is making the current request.</summary>
public interface ICurrentUser
{
    Guid? Id { get; }

    string? DisplayName { get; }

    bool IsAuthenticated { get; }

    bool IsInRole(string role);
}
