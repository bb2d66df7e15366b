using System.Security.Cryptography;
using System.Text.RegularExpressions;
using HerstelWerk.Identity.Infrastructure;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace HerstelWerk.Identity.Provider;

/// <summary>
/// Machine clients an admin registers (partners): a client id and a secret that is shown once and kept
/// only as OpenIddict's hash, allowed the client credentials flow for the API's scope and nothing else.
/// Removing one revokes its tokens and deletes its registration.
/// </summary>
public sealed partial class MachineClients(IdentityDb db, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens,
    ParticipantAudit audit, ProviderSettings settings, TimeProvider time)
{
    public async Task<string?> RoleOfAsync(string clientId, CancellationToken cancellationToken) =>
        (await db.MachineClients.FindAsync([clientId], cancellationToken))?.Role;

    /// <summary>Registers a client; the answer carries the secret, which nobody can read again.</summary>
    public async Task<(MachineClient Client, string Secret)> RegisterAsync(string name, string role, string createdBy, CancellationToken cancellationToken)
    {
        var clientId = $"{role}-{Slug(name)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var client = new MachineClient(clientId, name.Trim(), role, time.GetUtcNow(), createdBy);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MachineClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        await applications.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.Name,
            Permissions = { Permissions.Endpoints.Token, Permissions.Endpoints.Revocation, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + settings.Audience },
        }, cancellationToken);
        await audit.RecordActionAsync(AuditAction.AccountChange, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (client, secret);
    }

    public async Task<bool> RemoveAsync(string clientId, CancellationToken cancellationToken)
    {
        var client = await db.MachineClients.FindAsync([clientId], cancellationToken);
        if (client is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application)
        {
            await tokens.RevokeByApplicationIdAsync((await applications.GetIdAsync(application, cancellationToken))!, cancellationToken);
            await applications.DeleteAsync(application, cancellationToken);
        }

        db.MachineClients.Remove(client);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordActionAsync(AuditAction.TokenRevocation, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static string Slug(string name)
    {
        var slug = NotSlug().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length switch { 0 => "client", > 40 => slug[..40].TrimEnd('-'), _ => slug };
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
