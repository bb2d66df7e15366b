using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.ServiceDefaults.Participants;

/// <summary>Read-only endpoints over a service's participant projection.</summary>
public static class ParticipantProjectionApi
{
    /// <summary>Maps <c>GET {group}/participants</c> (paged) and <c>GET {group}/participants/{id}</c>.</summary>
    public static RouteGroupBuilder MapParticipantProjectionApi(this IEndpointRouteBuilder endpoints, string routePrefix)
    {
        var participants = endpoints.MapApiGroup($"{routePrefix}/participants", "Participants");

        participants.MapGet("/", ListParticipants)
            .WithName("ListParticipants")
            .WithSummary("Participants this service follows, soonest expected release first.");
        participants.MapGet("/{participantId:guid}", GetParticipant)
            .WithName("GetParticipant")
            .WithSummary("One participant as this service knows them.");
        return participants;
    }

    public static async Task<Ok<Page<ParticipantProjectionDto>>> ListParticipants(
        [AsParameters] PageQuery paging, ServiceDbContext db, CancellationToken cancellationToken)
    {
        var page = await db.Set<ParticipantProjection>()
            .AsNoTracking()
            .OrderBy(p => p.ExpectedReleaseDate).ThenBy(p => p.ParticipantId)
            .Select(p => new ParticipantProjectionDto(p.ParticipantId, p.Facility, p.ExpectedReleaseDate, p.Revision, p.UpdatedAt))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<ParticipantProjectionDto>, NotFound>> GetParticipant(
        Guid participantId, ServiceDbContext db, CancellationToken cancellationToken)
    {
        var participant = await db.Set<ParticipantProjection>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.ParticipantId == participantId, cancellationToken);
        return participant is null ? TypedResults.NotFound() : TypedResults.Ok(ParticipantProjectionDto.From(participant));
    }
}
