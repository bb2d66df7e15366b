using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>The audit log of a service, for admins only.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder endpoints, string routePrefix)
    {
        var audit = endpoints.MapApiGroup($"{routePrefix}/audit", "Audit");
        audit.MapGet("/", ListAuditEntries)
            .RequireAccess(Roles.Admin)
            .WithName("ListAuditEntries")
            .WithSummary("Who read or changed participants' personal data, newest first; filter by participantId and/or userId.");
        return audit;
    }

    public static async Task<Ok<Page<AuditEntryDto>>> ListAuditEntries(
        [AsParameters] AuditQuery query, [AsParameters] PageQuery paging, ServiceDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.AuditLog.AsNoTracking();
        if (query.ParticipantId is { } participantId)
        {
            entries = entries.Where(e => e.ParticipantId == participantId);
        }

        if (!string.IsNullOrWhiteSpace(query.UserId))
        {
            entries = entries.Where(e => e.UserId == query.UserId);
        }

        var page = await entries
            .OrderByDescending(e => e.Id)
            .Select(e => new AuditEntryDto(e.Id, e.OccurredAt, e.UserId, e.Role, e.ParticipantId, e.Action, e.Endpoint, e.TraceId))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }
}
