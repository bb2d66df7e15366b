using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Audit;
using HerstelWerk.ServiceDefaults.Outbox;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>Intake and participant records: coordinators only; every read and change is audited.</summary>
public static class ParticipantsApi
{
    public const string Route = "/api/courses/participants";

    public static RouteGroupBuilder MapParticipantsApi(this IEndpointRouteBuilder endpoints)
    {
        var participants = endpoints.MapApiGroup(Route, "Participants");

        participants.MapPost("/", RegisterParticipant)
            .RequireAccess(Roles.Coordinator)
            .WithName("RegisterParticipant")
            .WithSummary("Intake: register a participant and tell the other services (ParticipantRegisteredV1).");
        participants.MapGet("/", ListParticipants)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListParticipants")
            .WithSummary("Participants, most recently registered first.");
        participants.MapGet("/{participantId:guid}", GetParticipant)
            .RequireAccess(Roles.Coordinator)
            .WithName("GetParticipant")
            .WithSummary("One participant's intake record.");
        participants.MapPost("/{participantId:guid}/erasure", ErasureApi.EraseParticipant)
            .RequireAccess(Roles.Admin)
            .WithName("EraseParticipant")
            .WithSummary("Right to erasure: remove the participant's personal data here and, through ParticipantErasedV1, everywhere.");
        return participants;
    }

    public static async Task<Created<ParticipantDto>> RegisterParticipant(
        RegisterParticipantRequest request,
        CoursesDbContext db,
        ParticipantAudit audit,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var participant = Participant.Register(request.FullName!, request.Group!.Value, request.Facility!, request.ExpectedReleaseDate!.Value, now);
        db.Participants.Add(participant);
        db.PublishOnCommit(participant.ToRegisteredEvent(now), time);
        audit.Stage(AuditAction.Create, participant.Id);
        await db.SaveChangesAsync(cancellationToken);

        // The id only: names never reach logs or traces.
        loggers.CreateLogger(typeof(ParticipantsApi)).LogInformation("Registered participant {ParticipantId}", participant.Id);
        return TypedResults.Created($"{Route}/{participant.Id}", ParticipantDto.From(participant));
    }

    public static async Task<Ok<Page<ParticipantDto>>> ListParticipants(
        [AsParameters] PageQuery paging, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var page = await db.Participants.AsNoTracking()
            .OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id)
            .Select(p => new ParticipantDto(p.Id, p.FullName, p.Group, p.Facility, p.ExpectedReleaseDate, p.RegisteredAt, p.Revision, p.ErasedAt != null))
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(page.Items.Select(p => p.Id), cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Results<Ok<ParticipantDto>, NotFound>> GetParticipant(
        Guid participantId, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().SingleOrDefaultAsync(p => p.Id == participantId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordReadAsync(participantId, cancellationToken);
        return TypedResults.Ok(ParticipantDto.From(participant));
    }
}
