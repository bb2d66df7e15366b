using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;

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
            .WithSummary("Record the actual release (ParticipantReleasedV1), dated on or after the day the current stay began: the stay ends and the status becomes Released.");
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

    public static Task<Results<Ok<ParticipantDto>, NotFound, ProblemHttpResult>> Transfer(
        Guid participantId, TransferRequest request, CoursesDbContext db, Changes<Participant> changes, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.ApplyAsync(participantId, async participant =>
        {
            var facility = await db.OpenFacilityAsync(request.FacilityId!, "facilityId", cancellationToken);
            participant.Transfer(facility, request.TransferredOn!.Value, clock.Now);
            await db.EndOpenEnrolmentsAsync(participantId, EndReason.Transferred, request.TransferredOn.Value, clock.Now, cancellationToken);
        }, cancellationToken).Ok(ParticipantDto.From);

    public static Task<Results<Ok<ParticipantDto>, NotFound, ProblemHttpResult>> Release(
        Guid participantId, ReleaseRequest request, CoursesDbContext db, Changes<Participant> changes, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.ApplyAsync(participantId, async participant =>
        {
            participant.Release(request.ReleasedOn!.Value, clock.Now);
            await db.EndOpenEnrolmentsAsync(participantId, EndReason.Released, request.ReleasedOn.Value, clock.Now, cancellationToken);
        }, cancellationToken).Ok(ParticipantDto.From);

    public static async Task<Results<Ok<ParticipantHistoryDto>, NotFound>> GetHistory(
        Guid participantId, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var participant = await db.LoadParticipantAsync(participantId, cancellationToken, tracking: false);
        if (participant is null)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordReadAsync(participantId, cancellationToken);
        return TypedResults.Ok(ParticipantHistoryDto.From(participant));
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
        return TypedResults.Ok(StatusDto.From(status));
    }
}
