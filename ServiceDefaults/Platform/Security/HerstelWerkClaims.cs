using System.Security.Claims;

namespace HerstelWerk.ServiceDefaults.Security;

/// <summary>Claim names as they appear in tokens (no inbound claim mapping).</summary>
public static class HerstelWerkClaims
{
    /// <summary>The user's stable, opaque id at the identity provider; what the audit log records as "who".</summary>
    public const string Subject = "sub";

    public const string Role = "role";

    /// <summary>For the volunteer role: the volunteer's id in the Volunteers service.</summary>
    public const string VolunteerId = "volunteer_id";

    /// <summary>Who is calling, as a record notes it ("recorded by"): the token's subject.</summary>
    public static string SubjectOf(ClaimsPrincipal user) => user.FindFirst(Subject)?.Value ?? "unknown";
}
