using System.Security.Cryptography;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnerPortal.Infrastructure.Identity;

internal sealed class IntegrationClients(IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens) : IIntegrationClients
{
    // Paged in the store: the manager's query overload runs on the OpenIddict entity set (its count/offset overload
    // would order by key, not by name).
    public async Task<Paged<IntegrationClientDto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await applications.CountAsync(cancellationToken);
        var result = new List<IntegrationClientDto>();
        await foreach (var application in applications.ListAsync(
            (query, window) => query.OfType<OpenIddictEntityFrameworkCoreApplication<Guid>>()
                .OrderBy(a => a.DisplayName).ThenBy(a => a.Id).Skip(window.Skip).Take(window.Take),
            (Skip: (page - 1) * pageSize, Take: pageSize),
            cancellationToken))
        {
            result.Add(await Describe(application, cancellationToken));
        }

        return new Paged<IntegrationClientDto>(result, page, pageSize, (int)total);
    }

    public async Task<IntegrationClientDto?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await applications.FindByIdAsync(id.ToString(), cancellationToken) is { } application ? await Describe(application, cancellationToken) : null;

    public async Task<IntegrationClientSecretDto> CreateAsync(string displayName, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = $"pp-{Guid.NewGuid():N}",
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        var application = await applications.CreateAsync(descriptor, cancellationToken);
        return new IntegrationClientSecretDto(await Describe(application, cancellationToken), secret);
    }

    public async Task<IntegrationClientSecretDto?> RotateSecretAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await applications.FindByIdAsync(id.ToString(), cancellationToken);
        if (application is null)
        {
            return null;
        }

        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        var secret = NewSecret();
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(application, descriptor, cancellationToken);

        // A rotation answers a leaked secret: the tokens issued with it stop at once (validation checks each token's
        // stored entry, EnableTokenEntryValidation), not when they expire an hour later.
        await tokens.RevokeByApplicationIdAsync(id.ToString(), cancellationToken);
        return new IntegrationClientSecretDto(await Describe(application, cancellationToken), secret);
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await applications.FindByIdAsync(id.ToString(), cancellationToken);
        if (application is null)
        {
            return false;
        }

        await applications.DeleteAsync(application, cancellationToken);
        return true;
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task<IntegrationClientDto> Describe(object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        return new IntegrationClientDto(
            Guid.Parse((await applications.GetIdAsync(application, cancellationToken))!),
            (await applications.GetClientIdAsync(application, cancellationToken))!,
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? string.Empty,
            [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..])]);
    }
}
