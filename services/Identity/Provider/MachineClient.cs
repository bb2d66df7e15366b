namespace HerstelWerk.Identity.Provider;

/// <summary>
/// A client that signs in on its own behalf with client credentials (a partner organisation): its
/// registration at OpenIddict holds the hashed secret; this record holds its role and who made it when.
/// </summary>
public sealed class MachineClient
{
    private MachineClient()
    {
    }

    public MachineClient(string clientId, string name, string role, DateTimeOffset createdAt, string createdBy)
    {
        ClientId = clientId;
        Name = name;
        Role = role;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
    }

    public string ClientId { get; private set; } = string.Empty;

    /// <summary>The organisation's name, as the admin typed it (e.g. "Reclassering Nederland").</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The token's <c>role</c> claim: <c>partner</c>.</summary>
    public string Role { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The admin's <c>sub</c>.</summary>
    public string CreatedBy { get; private set; } = string.Empty;
}
