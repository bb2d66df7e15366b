using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>Volunteer trainers of a run, checked against what Volunteers reports: active, admitted, trained.</summary>
public static class TrainersApi
{
    public static void MapTrainersApi(this IEndpointRouteBuilder endpoints)
    {
        var trainers = endpoints.MapApiGroup("/api/courses/runs/{runId:guid}/trainers", "Courses");
        trainers.MapPost("/", AssignTrainer)
            .RequireAccess(Roles.Coordinator)
            .WithName("AssignTrainer")
            .WithSummary("Assign a volunteer trainer: refused unless Volunteers reports them active, admitted to the run's facility and trained for the course. Publishes CourseRunTrainersChangedV1.");
        trainers.MapDelete("/{volunteerId:guid}", RemoveTrainer)
            .RequireAccess(Roles.Coordinator)
            .WithName("RemoveTrainer")
            .WithSummary("Take a trainer off the run (CourseRunTrainersChangedV1).");
    }

    public static async Task<Results<Ok<CourseRunDto>, NotFound>> AssignTrainer(
        Guid runId, AssignTrainerRequest request, CoursesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var run = await db.LoadRunAsync(runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        var type = await db.CourseTypes.SingleAsync(t => t.Id == run.CourseTypeId, cancellationToken);
        var eligibility = await db.VolunteerEligibility.SingleOrDefaultAsync(v => v.VolunteerId == request.VolunteerId, cancellationToken);
        var now = time.GetUtcNow();
        if (run.AssignTrainer(request.VolunteerId!.Value, eligibility, type, DateOnly.FromDateTime(now.UtcDateTime)))
        {
            db.PublishOnCommit(run.ToTrainersChangedEvent(now), time);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(CourseRunDto.From(run));
    }

    public static async Task<Results<Ok<CourseRunDto>, NotFound>> RemoveTrainer(
        Guid runId, Guid volunteerId, CoursesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var run = await db.LoadRunAsync(runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (run.RemoveTrainer(volunteerId))
        {
            db.PublishOnCommit(run.ToTrainersChangedEvent(time.GetUtcNow()), time);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(CourseRunDto.From(run));
    }
}
