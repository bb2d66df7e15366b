using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>The four HerstelWerk courses as data, with the rules runs are scheduled and decided by.</summary>
public static class CourseTypesApi
{
    public const string Route = Extensions.RoutePrefix + "/course-types";

    public static void MapCourseTypesApi(this IEndpointRouteBuilder endpoints)
    {
        var types = endpoints.MapApiGroup(Route, "Courses");
        types.MapGet("/", ListCourseTypes)
            .RequireAccess(Extensions.Staff)
            .WithName("ListCourseTypes")
            .WithSummary("The four HerstelWerk courses with their rules: formats, sessions, group size, and how many attended sessions complete it.");
        types.MapPut("/{courseTypeId}/rules", ChangeRules)
            .RequiresIfMatch()
            .RequireAccess(Roles.Admin)
            .WithName("ChangeCourseRules")
            .WithSummary("Change a course's numbers. Send the course type's version, in quotes, as If-Match.");
    }

    public static async Task<Ok<List<CourseTypeDto>>> ListCourseTypes(CoursesDbContext db, CancellationToken cancellationToken)
    {
        var types = await db.CourseTypes.OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(types.Select(type => CourseTypeDto.From(type, db)).ToList());
    }

    public static Task<Results<Ok<CourseTypeDto>, NotFound, ProblemHttpResult>> ChangeRules(
        string courseTypeId, CourseTypeRulesRequest request, CoursesDbContext db, Changes<CourseType> changes, CancellationToken cancellationToken) =>
        changes.UpdateAsync(courseTypeId, type =>
            type.ChangeRules(request.MinimumSessions!.Value, request.MaximumSessions, request.MaximumGroupSize!.Value, request.SessionsToComplete!.Value),
            cancellationToken).Ok(type => CourseTypeDto.From(type, db));
}
