using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.SharedDomain.Participants;

/// <summary>Read-only endpoints over a service's participant projection.</summary>
public static class ParticipantProjectionApi
{
    /// <summary>
    /// Maps <c>GET {group}/participants</c> (paged) and <c>GET {group}/participants/{id}</c>, for the
    /// <paramref name="readers"/> roles. Every participant shown is recorded in the audit log.
    /// </summary>
    public static RouteGroupBuilder MapParticipantProjectionApi(this IEndpointRouteBuilder endpoints, string routePrefix, params string[] readers)
    {
        var participants = endpoints.MapApiGroup($"{routePrefix}/participants", "Participants");

        participants.MapGet("/", ListParticipants)
            .RequireAccess(readers)
            .WithName("ListParticipants")
            .WithSummary("Participants this service follows, soonest expected release first.");
        participants.MapGet("/{participantId:guid}", GetParticipant)
            .RequireAccess(readers)
            .WithName("GetParticipant")
            .WithSummary("One participant as this service knows them.");
        return participants;
    }

    public static async Task<Ok<Page<ParticipantProjectionDto>>> ListParticipants(
        [AsParameters] PageQuery paging, ServiceDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var page = await db.Set<ParticipantProjection>()
            .AsNoTracking()
            .OrderBy(p => p.ExpectedReleaseDate).ThenBy(p => p.ParticipantId)
            .Select(p => new ParticipantProjectionDto(p.ParticipantId, p.Facility, p.FacilityId, p.ExpectedReleaseDate, p.ReleasedOn, p.ConsentWithdrawnOn, p.Revision, p.UpdatedAt, p.ErasedAt != null))
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(page.Items.Select(p => p.ParticipantId), cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<ParticipantProjectionDto>, NotFound>> GetParticipant(
        Guid participantId, ServiceDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var participant = await db.Set<ParticipantProjection>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.ParticipantId == participantId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordReadAsync(participantId, cancellationToken);
        return TypedResults.Ok(ParticipantProjectionDto.From(participant));
    }
}
