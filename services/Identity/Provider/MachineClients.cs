using System.Text.Json;
using OpenIddict.Abstractions;

namespace HerstelWerk.Identity.Provider;

/// <summary>
/// Clients that sign in on their own behalf (client credentials): partner organisations and other
/// machine clients an admin registers. Each carries its role as an application property; without one
/// it may not use client credentials at all.
/// </summary>
public sealed class MachineClients(IOpenIddictApplicationManager applications)
{
    public const string RoleProperty = "role";

    public async Task<string?> RoleOfAsync(string clientId, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return properties.TryGetValue(RoleProperty, out var role) && role.ValueKind == JsonValueKind.String ? role.GetString() : null;
    }
}
