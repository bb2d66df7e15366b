namespace HerstelWerk.ServiceDefaults.Security;

/// <summary>
/// The access decision attached to an endpoint: which roles may call it, or that anyone may. The
/// endpoint-by-role tests read it, and fail for an endpoint that has none.
/// </summary>
public sealed record AccessRule(bool IsAnonymous, IReadOnlyList<string> Roles)
{
    public static readonly AccessRule Anonymous = new(true, []);

    public bool Allows(string? role) => IsAnonymous || (role is not null && Roles.Contains(role));

    public override string ToString() => IsAnonymous ? "anyone" : string.Join(", ", Roles);
}
