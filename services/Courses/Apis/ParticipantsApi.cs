using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

public static class ParticipantsApi
{
    public const string Route = "/api/courses/participants";

    public static RouteGroupBuilder MapParticipantsApi(this IEndpointRouteBuilder endpoints)
    {
        var participants = endpoints.MapApiGroup(Route, "Participants");

        participants.MapPost("/", RegisterParticipant)
            .WithName("RegisterParticipant")
            .WithSummary("Intake: register a participant and tell the other services (ParticipantRegisteredV1).");
        participants.MapGet("/", ListParticipants)
            .WithName("ListParticipants")
            .WithSummary("Participants, most recently registered first.");
        participants.MapGet("/{participantId:guid}", GetParticipant)
            .WithName("GetParticipant")
            .WithSummary("One participant's intake record.");
        return participants;
    }

    public static async Task<Created<ParticipantDto>> RegisterParticipant(
        RegisterParticipantRequest request,
        CoursesDbContext db,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var participant = Participant.Register(request.FullName!, request.Group!.Value, request.Facility!, request.ExpectedReleaseDate!.Value, now);
        db.Participants.Add(participant);
        db.PublishOnCommit(participant.ToRegisteredEvent(now), time);
        await db.SaveChangesAsync(cancellationToken);

        // The id only: names never reach logs or traces.
        loggers.CreateLogger(typeof(ParticipantsApi)).LogInformation("Registered participant {ParticipantId}", participant.Id);
        return TypedResults.Created($"{Route}/{participant.Id}", ParticipantDto.From(participant));
    }

    public static async Task<Ok<Page<ParticipantDto>>> ListParticipants(
        [AsParameters] PageQuery paging, CoursesDbContext db, CancellationToken cancellationToken)
    {
        var page = await db.Participants.AsNoTracking()
            .OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id)
            .Select(p => new ParticipantDto(p.Id, p.FullName, p.Group, p.Facility, p.ExpectedReleaseDate, p.RegisteredAt, p.Revision))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<ParticipantDto>, NotFound>> GetParticipant(
        Guid participantId, CoursesDbContext db, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == participantId, cancellationToken);
        return participant is null ? TypedResults.NotFound() : TypedResults.Ok(ParticipantDto.From(participant));
    }
}
