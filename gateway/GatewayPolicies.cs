using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace HerstelWerk.Gateway;

/// <summary>
/// The edge check on proxied routes (configured per route in appsettings.json). Services check the
/// token again and decide per endpoint; the gateway only keeps out callers with no business at all.
/// </summary>
internal static class GatewayPolicies
{
    /// <summary>Any staff role; partners integrate through events and never reach the staff API.</summary>
    public const string Staff = "staff";

    public static void AddGatewayPolicies(this AuthorizationBuilder authorization) =>
        authorization.AddPolicy(Staff, policy => policy.RequireRole(Roles.Coordinator, Roles.Adviser, Roles.Volunteer, Roles.Admin));
}
