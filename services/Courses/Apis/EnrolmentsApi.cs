using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>Enrolment with a waiting list, attendance per session, completion by the course's rule.</summary>
public static class EnrolmentsApi
{
    public static void MapEnrolmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var run = endpoints.MapApiGroup($"{CourseRunsApi.Route}/{{runId:guid}}", "Courses");
        run.MapGet("/enrolments", ListEnrolments)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListEnrolments")
            .WithSummary("Who has a place, who waits (in order), and how enrolments ended; paged.");
        run.MapPost("/enrolments", Enrol)
            .RequireAccess(Roles.Coordinator)
            .WithName("Enrol")
            .WithSummary("Enrol a participant held at the run's facility who consented; a full run puts them on the waiting list.");
        run.MapPost("/enrolments/{participantId:guid}/end", EndEnrolment)
            .RequireAccess(Roles.Coordinator)
            .WithName("EndEnrolment")
            .WithSummary("End an enrolment early (DroppedOut, ExcludedByFacility); the first on the waiting list moves up.");
        run.MapPost("/sessions/{number:int}/attendance", RecordAttendance)
            .RequireAccess(Roles.Coordinator)
            .WithName("RecordAttendance")
            .WithSummary("Record a held session: Present, Absent or Excused for every enrolled participant (SessionHeldV1). After the last one, " +
                "each enrolment is completed (CourseCompletedV1) or ended as NotCompleted (EnrolmentEndedV1) by the course's rule.");
    }

    public static async Task<Results<Ok<Page<EnrolmentDto>>, NotFound>> ListEnrolments(
        Guid runId, [AsParameters] PageQuery paging, CoursesDbContext db, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var run = await db.RunsWithEnrolments().AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        // A run's enrolments are loaded with it (a group and its waiting list), so they are ordered and paged here.
        var ordered = run.Enrolments.OrderBy(e => e.Status).ThenBy(e => e.RequestedAt).ThenBy(e => e.ParticipantId).ToList();
        var page = ordered.Skip(paging.Skip).Take(paging.PageSize).Select(e => EnrolmentDto.From(run, e)).ToList();
        await audit.RecordReadAsync(page.Select(e => e.ParticipantId), cancellationToken);
        return TypedResults.Ok(new Page<EnrolmentDto>(page, paging.Page, paging.PageSize, ordered.Count));
    }

    public static Task<Results<Created<EnrolmentDto>, NotFound, ProblemHttpResult>> Enrol(
        Guid runId, EnrolRequest request, CoursesDbContext db, Changes<CourseRun> changes, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.AddAsync(runId, async run =>
        {
            var participant = await db.LoadParticipantAsync(request.ParticipantId!.Value, cancellationToken)
                ?? throw new InvalidInputException("participantId", "There is no participant with this id.");
            return run.Enrol(participant, clock.Now);
        }, cancellationToken).Created(EnrolmentDto.From, (run, _) => $"{CourseRunsApi.Route}/{run.Id}/enrolments");

    public static Task<Results<Ok<EnrolmentDto>, NotFound, ProblemHttpResult>> EndEnrolment(
        Guid runId, Guid participantId, EndEnrolmentRequest request, CoursesDbContext db, Changes<CourseRun> changes, BusinessClock clock,
        CancellationToken cancellationToken) =>
        changes.ApplyAsync(runId, async run =>
        {
            var (ended, promoted) = run.EndEnrolment(participantId, request.Reason!.Value, request.EndedOn!.Value, clock.Now);
            await db.ActivatePromotedAsync(promoted, clock.Now, cancellationToken);
            return ended;
        }, cancellationToken).Ok(EnrolmentDto.From);

    public static Task<Results<Ok<SessionOutcomeDto>, NotFound, ProblemHttpResult>> RecordAttendance(
        Guid runId, int number, AttendanceRequest request, CoursesDbContext db, Changes<CourseRun> changes, BusinessClock clock,
        CancellationToken cancellationToken) =>
        changes.ApplyAsync(runId, async run =>
        {
            var type = await db.CourseTypes.SingleAsync(t => t.Id == run.CourseTypeId, cancellationToken);
            var attendance = request.Attendance!.GroupBy(a => a.ParticipantId).ToDictionary(g => g.Key, g => g.Last().Presence);
            return run.RecordSession(number, request.HeldOn!.Value, attendance, type, clock.Now);
        }, cancellationToken).Ok((_, outcome) => SessionOutcomeDto.From(outcome));
}
