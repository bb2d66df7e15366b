using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.IntegrationEvents;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>The course types with their rules, and the runs coordinators schedule at facilities.</summary>
public static class CoursesCatalogApi
{
    public static void MapCoursesCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        var types = endpoints.MapApiGroup("/api/courses/course-types", "Courses");
        types.MapGet("/", ListCourseTypes)
            .RequireAccess(Roles.Coordinator, Roles.Adviser, Roles.Admin)
            .WithName("ListCourseTypes")
            .WithSummary("The four HerstelWerk courses with their rules: formats, sessions, group size, and how many attended sessions complete it.");
        types.MapPut("/{courseTypeId}/rules", ChangeRules)
            .RequireAccess(Roles.Admin)
            .WithName("ChangeCourseRules")
            .WithSummary("Change a course's numbers. Send the course type's version, in quotes, as If-Match.");

        var runs = endpoints.MapApiGroup("/api/courses/runs", "Courses");
        runs.MapPost("/", ScheduleRun)
            .RequireAccess(Roles.Coordinator)
            .WithName("ScheduleCourseRun")
            .WithSummary("Schedule a run of a course at a facility (CourseRunScheduledV1). Sessions must fit the course's rules.");
        runs.MapGet("/", ListRuns)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListCourseRuns")
            .WithSummary("Runs, latest start first; filter by facilityId and courseTypeId.");
        runs.MapGet("/{runId:guid}", GetRun)
            .RequireAccess(Roles.Coordinator)
            .WithName("GetCourseRun")
            .WithSummary("One run with its session schedule.");
    }

    public static async Task<Ok<List<CourseTypeDto>>> ListCourseTypes(CoursesDbContext db, CancellationToken cancellationToken)
    {
        var types = await db.CourseTypes.OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(types.Select(type => CourseTypeDto.From(type, db.RowVersion(type))).ToList());
    }

    public static async Task<Results<Ok<CourseTypeDto>, NotFound, ProblemHttpResult>> ChangeRules(
        string courseTypeId, CourseTypeRulesRequest request, CoursesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var type = await db.CourseTypes.SingleOrDefaultAsync(t => t.Id == courseTypeId, cancellationToken);
        if (type is null)
        {
            return TypedResults.NotFound();
        }

        if (Revisions.CheckIfMatch(http.Request, db.RowVersion(type)) is { } precondition)
        {
            return precondition;
        }

        type.ChangeRules(request.MinimumSessions!.Value, request.MaximumSessions, request.MaximumGroupSize!.Value, request.SessionsToComplete!.Value);
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(db.RowVersion(type));
        return TypedResults.Ok(CourseTypeDto.From(type, db.RowVersion(type)));
    }

    public static async Task<Results<Created<CourseRunDto>, ValidationProblem>> ScheduleRun(
        ScheduleRunRequest request, CoursesDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var type = await db.CourseTypes.SingleOrDefaultAsync(t => t.Id == request.CourseTypeId, cancellationToken);
        var facilityOpen = await db.Facilities.AnyAsync(f => f.Id == request.FacilityId && f.IsActive, cancellationToken);
        var errors = new Dictionary<string, string[]>();
        if (type is null)
        {
            errors["courseTypeId"] = [$"'{request.CourseTypeId}' is not a course; see GET /api/courses/course-types."];
        }

        if (!facilityOpen)
        {
            errors["facilityId"] = [$"'{request.FacilityId}' is not an open facility."];
        }

        var format = request.Format ?? type?.OnlyFormat;
        if (type is not null && format is null)
        {
            errors["format"] = [$"{type.Name} can be given as Group or Individual: say which."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = time.GetUtcNow();
        var run = CourseRun.Schedule(type!, request.FacilityId!, format!.Value, request.Capacity!.Value, request.Sessions!, now);
        db.CourseRuns.Add(run);
        db.PublishOnCommit(run.ToScheduledEvent(now), time);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/courses/runs/{run.Id}", CourseRunDto.From(run));
    }

    public static async Task<Ok<Page<CourseRunDto>>> ListRuns(
        [AsParameters] CourseRunSearch search, [AsParameters] PageQuery paging, CoursesDbContext db, CancellationToken cancellationToken)
    {
        var runs = db.CourseRuns.AsNoTracking().Include(r => r.Sessions).AsQueryable();
        if (search.FacilityId is { } facilityId)
        {
            runs = runs.Where(r => r.FacilityId == facilityId);
        }

        if (search.CourseTypeId is { } courseTypeId)
        {
            runs = runs.Where(r => r.CourseTypeId == courseTypeId);
        }

        var page = await runs.OrderByDescending(r => r.StartsOn).ThenBy(r => r.Id).ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(new Page<CourseRunDto>([.. page.Items.Select(CourseRunDto.From)], page.PageNumber, page.PageSize, page.TotalCount));
    }

    public static async Task<Results<Ok<CourseRunDto>, NotFound>> GetRun(Guid runId, CoursesDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var run = await db.CourseRuns.AsNoTracking().Include(r => r.Sessions).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(run.Revision);
        return TypedResults.Ok(CourseRunDto.From(run));
    }
}
