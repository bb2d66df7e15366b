using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

public static class AssignmentsApi
{
    /// <summary>
    /// Two coordinators assigning the same volunteer at once both pass the capacity check, but only one
    /// save matches the volunteer's revision. The other starts again from fresh data: it succeeds when a
    /// place is still free, and gets the "full" 409 when it took the last one.
    /// </summary>
    private const int Attempts = 3;

    public static async Task<Results<Created<AssignmentDto>, NotFound, ValidationProblem>> Assign(
        Guid volunteerId, AssignRequest request, VolunteersDbContext db, IOptions<VogPolicy> vog, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var volunteer = await db.LoadVolunteerAsync(volunteerId, cancellationToken);
            if (volunteer is null)
            {
                return TypedResults.NotFound();
            }

            var participant = await db.Participants.SingleOrDefaultAsync(p => p.ParticipantId == request.ParticipantId, cancellationToken);
            if (participant is null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["participantId"] = ["Volunteers does not know this participant; Courses registers participants."],
                });
            }

            var now = time.GetUtcNow();
            var assignment = volunteer.Assign(participant, request.Role!, request.StartsOn ?? time.Today(), vog.Value, now);
            if (assignment.Role == VolunteerRoles.AftercareBuddy)
            {
                await db.BuddyRequests.Where(r => r.ParticipantId == participant.ParticipantId && r.ClosedOn == null && r.BuddyAssignmentId == null)
                    .ForEachAsync(r => r.Match(assignment.Id), cancellationToken);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Created($"{VolunteersApi.Route}/{volunteerId}", AssignmentDto.From(assignment));
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public static async Task<Results<Ok<AssignmentDto>, NotFound>> End(
        Guid volunteerId, Guid assignmentId, EndAssignmentRequest request, VolunteersDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var volunteer = await db.LoadVolunteerAsync(volunteerId, cancellationToken);
        if (volunteer is null || volunteer.Assignments.All(a => a.Id != assignmentId))
        {
            return TypedResults.NotFound();
        }

        var assignment = volunteer.EndAssignment(assignmentId, request.EndedOn ?? time.Today(), time.GetUtcNow());
        await db.BuddyRequests.Where(r => r.BuddyAssignmentId == assignmentId).ForEachAsync(r => r.Unmatch(assignmentId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AssignmentDto.From(assignment));
    }

    public static async Task<Ok<Page<AssignmentDto>>> List(
        [AsParameters] AssignmentSearch search, [AsParameters] PageQuery paging, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        var assignments = db.Volunteers.AsNoTracking().SelectMany(v => v.Assignments);
        if (search.VolunteerId is { } volunteerId)
        {
            assignments = assignments.Where(a => a.VolunteerId == volunteerId);
        }

        if (search.ParticipantId is { } participantId)
        {
            assignments = assignments.Where(a => a.ParticipantId == participantId);
        }

        if (search.OpenOnly)
        {
            assignments = assignments.Where(a => a.EndedOn == null);
        }

        var page = await assignments.OrderByDescending(a => a.StartedOn).ThenBy(a => a.Id)
            .Select(a => new AssignmentDto(a.Id, a.VolunteerId, a.ParticipantId, a.Role, a.StartedOn, a.EndedOn))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }
}
