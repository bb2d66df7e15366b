using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>A participant's enrolments across runs, for the participant's page.</summary>
public static class ParticipantEnrolmentsApi
{
    public static void MapParticipantEnrolmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var participant = endpoints.MapApiGroup($"{ParticipantsApi.Route}/{{participantId:guid}}", "Participants");
        participant.MapGet("/enrolments", List)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListParticipantEnrolments")
            .WithSummary("The participant's enrolments in every run, newest run first, with the run's course, facility and start; paged.");
    }

    public static async Task<Results<Ok<Page<ParticipantEnrolmentDto>>, NotFound>> List(
        Guid participantId, [AsParameters] PageQuery paging, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        if (!await db.Participants.AnyAsync(p => p.Id == participantId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        // A run's enrolments are loaded with it (EnrolmentDto needs the waiting list for a position).
        var page = await db.RunsWithEnrolments().AsNoTracking()
            .Where(r => r.Enrolments.Any(e => e.ParticipantId == participantId))
            .OrderByDescending(r => r.StartsOn).ThenBy(r => r.Id)
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(participantId, cancellationToken);
        return TypedResults.Ok(new Page<ParticipantEnrolmentDto>(
            [.. page.Items.Select(run => new ParticipantEnrolmentDto(run.Id, run.CourseTypeId, run.FacilityId, run.StartsOn,
                EnrolmentDto.From(run, run.Enrolments.Single(e => e.ParticipantId == participantId))))],
            page.PageNumber, page.PageSize, page.TotalCount));
    }
}
