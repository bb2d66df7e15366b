namespace HerstelWerk.ServiceDefaults.Security;

/// <summary>
/// The roles a HerstelWerk token can carry (claim <c>role</c>). What each may do is the matrix in the
/// README; every endpoint states its rule with <see cref="AccessRules.RequireAccess{TBuilder}"/>.
/// </summary>
public static class Roles
{
    /// <summary>Staff: everything operational in all four services.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>Labour-integration advisers: Placement in full, read-only participant data it needs.</summary>
    public const string Adviser = "adviser";

    /// <summary>A volunteer (claim <c>volunteer_id</c>): only what concerns them.</summary>
    public const string Volunteer = "volunteer";

    /// <summary>Operators: configuration, reference data, audit log, erasure.</summary>
    public const string Admin = "admin";

    /// <summary>Partner organisations and machine clients: no staff API; they integrate through events.</summary>
    public const string Partner = "partner";

    public static readonly IReadOnlyList<string> All = [Coordinator, Adviser, Volunteer, Admin, Partner];
}
