using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Common.Interfaces;

public sealed record IntegrationClientDto(Guid Id, string ClientId, string DisplayName, IReadOnlyList<string> Scopes);

public sealed record IntegrationClientSecretDto(IntegrationClientDto Client, string ClientSecret);

/// <summary>OAuth clients of integrators (client-credentials flow), kept by the authorization server.</summary>
public interface IIntegrationClients
{
    /// <summary>One page of the clients by display name (then Id).</summary>
    Task<Paged<IntegrationClientDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The client, or null when it does not exist.</summary>
    Task<IntegrationClientDto?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IntegrationClientSecretDto> CreateAsync(string displayName, IReadOnlyList<string> scopes, CancellationToken cancellationToken);

    /// <summary>A new secret; the old one stops working. Null when the client does not exist.</summary>
    Task<IntegrationClientSecretDto?> RotateSecretAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Deletes the client with its tokens, so its tokens stop working. False when it does not exist.</summary>
    Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken);
}
