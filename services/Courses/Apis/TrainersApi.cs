using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>Volunteer trainers of a run, checked against what Volunteers reports: active, admitted, trained.</summary>
public static class TrainersApi
{
    public static void MapTrainersApi(this IEndpointRouteBuilder endpoints)
    {
        var trainers = endpoints.MapApiGroup($"{CourseRunsApi.Route}/{{runId:guid}}/trainers", "Courses");
        trainers.MapPost("/", AssignTrainer)
            .RequireAccess(Roles.Coordinator)
            .WithName("AssignTrainer")
            .WithSummary("Assign a volunteer trainer: refused unless Volunteers reports them active, admitted to the run's facility and trained for the course. Publishes CourseRunTrainersChangedV1.");
        trainers.MapDelete("/{volunteerId:guid}", RemoveTrainer)
            .RequireAccess(Roles.Coordinator)
            .WithName("RemoveTrainer")
            .WithSummary("Take a trainer off the run (CourseRunTrainersChangedV1).");
    }

    public static Task<Results<Ok<CourseRunDto>, NotFound, ProblemHttpResult>> AssignTrainer(
        Guid runId, AssignTrainerRequest request, CoursesDbContext db, Changes<CourseRun> changes, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.ApplyAsync(runId, async run =>
        {
            var type = await db.CourseTypes.SingleAsync(t => t.Id == run.CourseTypeId, cancellationToken);
            var eligibility = await db.VolunteerEligibility.SingleOrDefaultAsync(v => v.VolunteerId == request.VolunteerId, cancellationToken);
            run.AssignTrainer(request.VolunteerId!.Value, eligibility, type, clock.Now);
        }, cancellationToken).Ok(CourseRunDto.From);

    public static Task<Results<Ok<CourseRunDto>, NotFound, ProblemHttpResult>> RemoveTrainer(
        Guid runId, Guid volunteerId, Changes<CourseRun> changes, BusinessClock clock, CancellationToken cancellationToken) =>
        changes.ApplyAsync(runId, run => run.RemoveTrainer(volunteerId, clock.Now), cancellationToken).Ok(CourseRunDto.From);
}
