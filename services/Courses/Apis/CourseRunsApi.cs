using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>The runs coordinators schedule at facilities, checked against their course's rules.</summary>
public static class CourseRunsApi
{
    public const string Route = Extensions.RoutePrefix + "/runs";

    public static void MapCourseRunsApi(this IEndpointRouteBuilder endpoints)
    {
        var runs = endpoints.MapApiGroup(Route, "Courses");
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

    public static async Task<Created<CourseRunDto>> ScheduleRun(
        ScheduleRunRequest request, CoursesDbContext db, Changes<CourseRun> changes, BusinessClock clock, CancellationToken cancellationToken)
    {
        var type = await db.CourseTypes.SingleOrDefaultAsync(t => t.Id == request.CourseTypeId, cancellationToken)
            ?? throw new InvalidInputException("courseTypeId", $"'{request.CourseTypeId}' is not a course; see GET {CourseTypesApi.Route}.");
        var facility = await db.OpenFacilityAsync(request.FacilityId!, "facilityId", cancellationToken);
        var format = request.Format ?? type.OnlyFormat
            ?? throw new InvalidInputException("format", $"{type.Name} can be given as Group or Individual: say which.");
        return await changes.CreateAsync(CourseRun.Schedule(type, facility.Id, format, request.Capacity!.Value, request.Sessions!, clock.Now), cancellationToken)
            .Created(CourseRunDto.From, run => $"{Route}/{run.Id}");
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
