using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>What happens to a participant during detention: transfers, release, and the history of both.</summary>
public static class ParticipantMovesApi
{
    public static RouteGroupBuilder MapParticipantMovesApi(this IEndpointRouteBuilder endpoints)
    {
        var participant = endpoints.MapApiGroup($"{ParticipantsApi.Route}/{{participantId:guid}}", "Participants");
        participant.MapPost("/transfers", Transfer)
            .RequireAccess(Roles.Coordinator)
            .WithName("TransferParticipant")
            .WithSummary("Record a move to another facility (ParticipantTransferredV1). The location history keeps every stay.");
        participant.MapPost("/release", Release)
            .RequireAccess(Roles.Coordinator)
            .WithName("ReleaseParticipant")
            .WithSummary("Record the actual release (ParticipantReleasedV1): the stay ends and the status becomes Released.");
        participant.MapGet("/history", GetHistory)
            .RequireAccess(Roles.Coordinator)
            .WithName("GetParticipantHistory")
            .WithSummary("Every stay at a facility and every status, oldest first.");
        participant.MapGet("/status", GetStatusOn)
            .RequireAccess(Roles.Coordinator)
            .WithName("GetParticipantStatusOn")
            .WithSummary("The status that held on a given date: ?on=2026-05-01.");
        return participant;
    }

    public static async Task<Results<Ok<ParticipantDto>, NotFound, ValidationProblem>> Transfer(
        Guid participantId, TransferRequest request, CoursesDbContext db, ParticipantAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var participant = await db.LoadParticipantAsync(participantId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        var facility = await db.Facilities.SingleOrDefaultAsync(f => f.Id == request.FacilityId && f.IsActive, cancellationToken);
        if (facility is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["facilityId"] = [$"'{request.FacilityId}' is not an open facility."] });
        }

        var now = time.GetUtcNow();
        var from = participant.FacilityId!;
        participant.Transfer(facility.Id, request.TransferredOn!.Value, now);
        db.PublishOnCommit(participant.ToTransferredEvent(from, facility, request.TransferredOn.Value, now), time);
        // Runs happen at one facility: a participant who leaves it leaves its runs.
        await EnrolmentChanges.EndAllAsync(db, participantId, EndReason.Transferred, request.TransferredOn.Value, time, cancellationToken);
        audit.Stage(AuditAction.Update, participantId);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ParticipantDto.From(participant));
    }

    public static async Task<Results<Ok<ParticipantDto>, NotFound>> Release(
        Guid participantId, ReleaseRequest request, CoursesDbContext db, ParticipantAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var participant = await db.LoadParticipantAsync(participantId, cancellationToken);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        participant.Release(request.ReleasedOn!.Value, now);
        db.PublishOnCommit(participant.ToReleasedEvent(now), time);
        await EnrolmentChanges.EndAllAsync(db, participantId, EndReason.Released, request.ReleasedOn.Value, time, cancellationToken);
        audit.Stage(AuditAction.Update, participantId);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ParticipantDto.From(participant));
    }

    public static async Task<Results<Ok<ParticipantHistoryDto>, NotFound>> GetHistory(
        Guid participantId, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var participant = await db.LoadParticipantAsync(participantId, cancellationToken, tracking: false);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordReadAsync(participantId, cancellationToken);
        return TypedResults.Ok(new ParticipantHistoryDto(
            [.. participant.Locations.OrderBy(l => l.From).ThenBy(l => l.Id).Select(l => new LocationDto(l.FacilityId, l.From, l.Until))],
            [.. participant.StatusHistory.OrderBy(s => s.EffectiveOn).ThenBy(s => s.Id).Select(s => new StatusDto(s.Status, s.EffectiveOn, s.RecordedAt))]));
    }

    public static async Task<Results<Ok<StatusDto>, NotFound>> GetStatusOn(
        Guid participantId, [AsParameters] StatusOnQuery query, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var participant = await db.LoadParticipantAsync(participantId, cancellationToken, tracking: false);
        var status = participant?.StatusOn(query.On!.Value);
        if (status is null)
        {
            return TypedResults.NotFound();
        }

        // Whether someone was detained on a day is article 10 data too.
        await audit.RecordReadAsync(participantId, cancellationToken);
        return TypedResults.Ok(new StatusDto(status.Status, status.EffectiveOn, status.RecordedAt));
    }
}
