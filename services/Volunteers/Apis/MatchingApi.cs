using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Matching;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Finding a volunteer for a participant, and assigning them within their capacity.</summary>
public static class MatchingApi
{
    public static void MapMatchingApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup(Extensions.RoutePrefix, "Matching");
        group.MapGet("/suggestions", Suggest)
            .RequireAccess(Roles.Coordinator)
            .WithName("SuggestVolunteers")
            .WithSummary("Volunteers for a participant and role, best first, each with its reasons. Excludes anyone not active, with an overdue VOG, full, or not trained for the role.");
        group.MapPost("/{volunteerId:guid}/assignments", AssignmentsApi.Assign)
            .RequireAccess(Roles.Coordinator)
            .WithName("AssignVolunteer")
            .WithSummary("Assign the volunteer to a participant (VolunteerAssignedV1). 409 when full, not active, VOG overdue, untrained or without a pass for the facility.");
        group.MapPost("/{volunteerId:guid}/assignments/{assignmentId:guid}/end", AssignmentsApi.End)
            .RequireAccess(Roles.Coordinator)
            .WithName("EndAssignment")
            .WithSummary("End an assignment (VolunteerAssignmentEndedV1); its place becomes free.");
        group.MapGet("/assignments", AssignmentsApi.List)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListAssignments")
            .WithSummary("Assignments, newest first; filter by volunteerId, participantId and openOnly (default true).");
    }

    public static async Task<Ok<Page<Suggestion>>> Suggest(
        [AsParameters] SuggestionQuery query, [AsParameters] PageQuery paging, VolunteersDbContext db, IOptions<VogPolicy> vog, BusinessClock clock,
        CancellationToken cancellationToken)
    {
        if (!VolunteerRoles.All.Contains(query.Role))
        {
            throw new InvalidInputException("role", $"Use one of: {string.Join(", ", VolunteerRoles.All)}.");
        }

        var participant = await db.KnownParticipantAsync(query.ParticipantId, cancellationToken);

        // Few hundred active volunteers at most: rank in memory, where the reasons are built.
        var candidates = await db.Volunteers.AsNoTracking()
            .Where(v => v.Status == VolunteerStatus.Active && v.Roles.Contains(query.Role))
            .Include(v => v.FacilityAccess)
            .Include(v => v.Assignments.Where(a => a.EndedOn == null))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var ranked = SuggestionRanker.Rank(candidates, new MatchRequest(query.Role, participant.FacilityId, query.Region, query.Language, clock.Today), vog.Value);
        return TypedResults.Ok(new Page<Suggestion>([.. ranked.Skip(paging.Skip).Take(paging.PageSize)], paging.Page, paging.PageSize, ranked.Count));
    }
}
