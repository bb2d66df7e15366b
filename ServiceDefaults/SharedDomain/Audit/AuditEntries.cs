using System.Diagnostics;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>Audit entries for one request: who, through which endpoint, in which trace.</summary>
internal static class AuditEntries
{
    public static List<AuditEntry> For(HttpContext context, AuditAction action, IEnumerable<Guid> participantIds, DateTimeOffset now)
    {
        var user = context.User.FindFirst(HerstelWerkClaims.Subject)?.Value ?? "anonymous";
        var role = context.User.FindFirst(HerstelWerkClaims.Role)?.Value;
        var endpoint = Describe(context);
        var traceId = Activity.Current?.TraceId.ToString();
        return [.. participantIds.Distinct().Select(id => new AuditEntry(now, user, role, id, action, endpoint, traceId))];
    }

    /// <summary>An entry for an action on no single participant; its endpoint is the path itself, which names the job.</summary>
    public static AuditEntry ForAction(HttpContext context, AuditAction action, DateTimeOffset now) => new(
        now, context.User.FindFirst(HerstelWerkClaims.Subject)?.Value ?? "anonymous", context.User.FindFirst(HerstelWerkClaims.Role)?.Value,
        null, action, $"{context.Request.Method} {context.Request.Path}", Activity.Current?.TraceId.ToString());

    /// <summary>An entry about an account the caller's token does not name; without a request (a consumer) its endpoint is the action.</summary>
    public static AuditEntry ForAccount(HttpContext? context, AuditAction action, string userId, string? role, DateTimeOffset now) => new(
        now, userId, role, null, action, context is null ? $"event {action}" : $"{context.Request.Method} {context.Request.Path}", Activity.Current?.TraceId.ToString());

    private static string Describe(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint route
            ? $"{context.Request.Method} {route.RoutePattern.RawText}"
            : $"{context.Request.Method} {context.Request.Path}";
}
