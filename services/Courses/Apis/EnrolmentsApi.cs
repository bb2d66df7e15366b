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

/// <summary>Enrolment with a waiting list, attendance per session, completion by the course's rule.</summary>
public static class EnrolmentsApi
{
    public static void MapEnrolmentsApi(this IEndpointRouteBuilder endpoints)
    {
        var run = endpoints.MapApiGroup("/api/courses/runs/{runId:guid}", "Courses");
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

    public static async Task<Results<Created<EnrolmentDto>, NotFound<string>>> Enrol(
        Guid runId, EnrolRequest request, CoursesDbContext db, ParticipantAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var run = await db.LoadRunAsync(runId, cancellationToken);
        var participant = await db.LoadParticipantAsync(request.ParticipantId!.Value, cancellationToken);
        if (run is null || participant is null)
        {
            return TypedResults.NotFound(run is null ? "No such course run." : "No such participant.");
        }

        var now = time.GetUtcNow();
        var enrolment = run.Enrol(participant, now);
        if (enrolment.Status == EnrolmentStatus.Enrolled)
        {
            participant.MarkActive(now);
            db.PublishOnCommit(run.ToEnrolledEvent(enrolment, now), time);
        }

        audit.Stage(AuditAction.Update, participant.Id);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/courses/runs/{runId}/enrolments", EnrolmentDto.From(run, enrolment));
    }

    public static async Task<Results<Ok<EnrolmentDto>, NotFound>> EndEnrolment(
        Guid runId, Guid participantId, EndEnrolmentRequest request, CoursesDbContext db, ParticipantAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var run = await db.LoadRunAsync(runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var (ended, promoted) = run.EndEnrolment(participantId, request.Reason!.Value, request.EndedOn!.Value, now);
        db.PublishOnCommit(run.ToOutcomeEvent(ended, now), time);
        await EnrolmentChanges.PromotedAsync(db, run, promoted, time, cancellationToken);
        audit.Stage(AuditAction.Update, [participantId, .. promoted.Select(e => e.ParticipantId)]);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EnrolmentDto.From(run, ended));
    }

    public static async Task<Results<Ok<SessionOutcomeDto>, NotFound>> RecordAttendance(
        Guid runId, int number, AttendanceRequest request, CoursesDbContext db, ParticipantAudit audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var run = await db.LoadRunAsync(runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        var type = await db.CourseTypes.SingleAsync(t => t.Id == run.CourseTypeId, cancellationToken);
        var attendance = request.Attendance!.GroupBy(a => a.ParticipantId).ToDictionary(g => g.Key, g => g.Last().Presence);
        var outcome = run.RecordSession(number, request.HeldOn!.Value, attendance, type);
        var now = time.GetUtcNow();
        db.PublishOnCommit(run.ToSessionHeldEvent(outcome, now), time);
        foreach (var decided in outcome.Decided)
        {
            db.PublishOnCommit(run.ToOutcomeEvent(decided, now), time);
        }

        audit.Stage(AuditAction.Update, attendance.Keys);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SessionOutcomeDto(number, request.HeldOn.Value, outcome.Present, outcome.Absent, outcome.Excused,
            [.. outcome.Decided.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.ParticipantId)],
            [.. outcome.Decided.Where(e => e.Status == EnrolmentStatus.Ended).Select(e => e.ParticipantId)]));
    }
}
