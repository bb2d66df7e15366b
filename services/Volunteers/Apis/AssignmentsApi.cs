using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.SharedDomain.Changes;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>
/// Assignments of volunteers to participants. Two coordinators taking a volunteer's last place at once
/// both pass the capacity check, but only one save matches the volunteer's revision: the change pipeline
/// applies the other again on fresh data, where it gets the "full" 409.
/// </summary>
public static class AssignmentsApi
{
    public static Task<Results<Created<AssignmentDto>, NotFound, ProblemHttpResult>> Assign(
        Guid volunteerId, AssignRequest request, Changes<Volunteer> changes, VolunteersDbContext db, IOptions<VogPolicy> vog, BusinessClock clock,
        CancellationToken cancellationToken) =>
        changes.AddAsync(volunteerId, async volunteer =>
        {
            var participant = await db.KnownParticipantAsync(request.ParticipantId!.Value, cancellationToken);
            var assignment = volunteer.Assign(participant, request.Role!, request.StartsOn ?? clock.Today, vog.Value, clock.Now);
            foreach (var buddyRequest in await db.BuddyRequests.AnsweredByAsync(assignment, cancellationToken))
            {
                buddyRequest.Match(assignment.Id);
            }

            return assignment;
        }, cancellationToken).Created(AssignmentDto.From, (volunteer, _) => $"{Extensions.RoutePrefix}/{volunteer.Id}");

    public static async Task<Results<Ok<AssignmentDto>, NotFound, ProblemHttpResult>> End(
        Guid volunteerId, Guid assignmentId, EndAssignmentRequest request, Changes<Volunteer> changes, VolunteersDbContext db, BusinessClock clock,
        CancellationToken cancellationToken)
    {
        if (!await db.Volunteers.SelectMany(v => v.Assignments).AnyAsync(a => a.Id == assignmentId && a.VolunteerId == volunteerId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        return await changes.ApplyAsync(volunteerId, async volunteer =>
        {
            volunteer.EndAssignment(assignmentId, request.EndedOn ?? clock.Today, clock.Now);
            foreach (var buddyRequest in await db.BuddyRequests.MatchedToAsync(assignmentId, cancellationToken))
            {
                buddyRequest.Unmatch(assignmentId);
            }
        }, cancellationToken).Ok(volunteer => AssignmentDto.From(volunteer.Assignments.Single(a => a.Id == assignmentId)));
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
