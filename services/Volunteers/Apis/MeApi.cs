using System.Security.Claims;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Volunteers.Hours;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>
/// What a volunteer sees of themselves: their profile, their assignments (participants by pseudonymous
/// id only) and their hours. The volunteer id comes from the token's <c>volunteer_id</c> claim, never
/// from the request, so no volunteer can read another's record.
/// </summary>
public static class MeApi
{
    public static void MapMeApi(this IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapApiGroup($"{Extensions.RoutePrefix}/me", "Volunteer self-service");
        me.MapGet("/", GetMe)
            .RequireAccess(Roles.Volunteer)
            .WithName("GetMyProfile")
            .WithSummary("The calling volunteer's own record.");
        me.MapGet("/assignments", MyAssignments)
            .RequireAccess(Roles.Volunteer)
            .WithName("GetMyAssignments")
            .WithSummary("The calling volunteer's open assignments.");
        me.MapPost("/activities", LogMyActivity)
            .RequireAccess(Roles.Volunteer)
            .WithName("LogMyActivity")
            .WithSummary("Log a visit, session or aftercare contact of one's own.");
        me.MapGet("/hours", MyHours)
            .RequireAccess(Roles.Volunteer)
            .WithName("GetMyHours")
            .WithSummary("The calling volunteer's hours in a year.");
    }

    public static async Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> GetMe(
        ClaimsPrincipal user, VolunteersDbContext db, IOptions<VogPolicy> vog, BusinessClock clock, CancellationToken cancellationToken)
    {
        if (VolunteerIdOf(user) is not { } id)
        {
            return NoVolunteerId();
        }

        var volunteer = await db.LoadVolunteerAsync(id, cancellationToken);
        return volunteer is null ? TypedResults.NotFound() : TypedResults.Ok(VolunteerDto.From(volunteer, vog.Value, clock.Today));
    }

    public static async Task<Results<Ok<Page<AssignmentDto>>, ProblemHttpResult>> MyAssignments(
        ClaimsPrincipal user, [AsParameters] PageQuery paging, VolunteersDbContext db, CancellationToken cancellationToken) =>
        VolunteerIdOf(user) is { } id
            ? await AssignmentsApi.List(new AssignmentSearch(VolunteerId: id), paging, db, cancellationToken)
            : NoVolunteerId();

    public static async Task<Results<Created<ActivityDto>, NotFound, ProblemHttpResult>> LogMyActivity(
        ClaimsPrincipal user, ActivityRequest request, VolunteersDbContext db, BusinessClock clock, CancellationToken cancellationToken) =>
        VolunteerIdOf(user) is { } id
            ? await HoursApi.LogActivity(id, request, db, clock, cancellationToken)
            : NoVolunteerId();

    public static async Task<Results<Ok<VolunteerHours>, NotFound, ProblemHttpResult>> MyHours(
        ClaimsPrincipal user, [AsParameters] YearQuery year, HoursCalculator hours, CancellationToken cancellationToken)
    {
        if (VolunteerIdOf(user) is not { } id)
        {
            return NoVolunteerId();
        }

        var lines = await hours.LinesAsync(year.Year, id, cancellationToken);
        return lines.Count == 0 ? TypedResults.NotFound() : TypedResults.Ok(lines[0]);
    }

    private static Guid? VolunteerIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(HerstelWerkClaims.VolunteerId), out var id) ? id : null;

    private static ProblemHttpResult NoVolunteerId() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "The token names no volunteer.", detail: $"A volunteer's token carries the '{HerstelWerkClaims.VolunteerId}' claim.");
}
