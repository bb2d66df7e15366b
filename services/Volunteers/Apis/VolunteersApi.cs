using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Messaging.Idempotency;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Volunteer records and their lifecycle: coordinators only.</summary>
public static class VolunteersApi
{
    public const string Route = "/api/volunteers";

    public static void MapVolunteersApi(this IEndpointRouteBuilder endpoints)
    {
        var volunteers = endpoints.MapApiGroup(Route, "Volunteers");
        volunteers.MapPost("/", Apply)
            .RequireAccess(Roles.Coordinator)
            .WithIdempotencyKey()
            .WithName("ApplyVolunteer")
            .WithSummary("Record an application (appliedOn defaults to today): the volunteer starts as Applied. Send an Idempotency-Key header to make a retry safe.");
        volunteers.MapGet("/", ListVolunteers)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListVolunteers")
            .WithSummary("Volunteers by name; filter by status, region, role, facilityId (valid pass today), vog standing and search.");
        volunteers.MapGet("/{volunteerId:guid}", GetVolunteer)
            .RequireAccess(Roles.Coordinator)
            .WithName("GetVolunteer")
            .WithSummary("One volunteer with their dated history, screening, passes, trainings and assignments; with its ETag.");
        volunteers.MapPut("/{volunteerId:guid}", UpdateProfile)
            .RequireAccess(Roles.Coordinator)
            .WithName("UpdateVolunteerProfile")
            .WithSummary("Change contact details, region, languages, capacity or availability. Send the ETag as If-Match.");
        volunteers.MapPost("/{volunteerId:guid}/status", ChangeStatus)
            .RequireAccess(Roles.Coordinator)
            .WithName("ChangeVolunteerStatus")
            .WithSummary("Take a lifecycle step; 409 with the reason for a step the lifecycle or screening does not allow. Becoming or stopping being Active publishes VolunteerActivatedV1 or VolunteerDeactivatedV1.");
    }

    public static async Task<Results<Created<VolunteerDto>, ValidationProblem>> Apply(
        VolunteerProfileRequest request, VolunteersDbContext db, IOptions<VogPolicy> vog, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (request.AppliedOn > time.Today())
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["appliedOn"] = ["An application cannot be dated in the future."] });
        }

        var volunteer = Volunteer.Apply(request.ToProfile(), request.AppliedOn ?? time.Today(), time.GetUtcNow());
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(volunteer.Revision);
        return TypedResults.Created($"{Route}/{volunteer.Id}", VolunteerDto.From(volunteer, vog.Value, time.Today()));
    }

    public static async Task<Ok<Page<VolunteerSummaryDto>>> ListVolunteers(
        [AsParameters] VolunteerSearch search, [AsParameters] PageQuery paging, VolunteersDbContext db, IOptions<VogPolicy> vog, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var policy = vog.Value;
        var today = time.Today();
        var page = await db.Volunteers.AsNoTracking()
            .Matching(search, policy, today)
            .OrderBy(v => v.FullName).ThenBy(v => v.Id)
            .Select(v => new { v.Id, v.FullName, v.Region, v.Status, v.Roles, v.Languages, v.Capacity, Open = v.Assignments.Count(a => a.EndedOn == null), v.LastVogIssuedOn })
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(new Page<VolunteerSummaryDto>(
            [.. page.Items.Select(v => new VolunteerSummaryDto(v.Id, v.FullName, v.Region, v.Status, v.Roles, v.Languages, v.Capacity, v.Open,
                policy.StandingOn(v.LastVogIssuedOn, today), v.LastVogIssuedOn is { } issued ? policy.DueOn(issued) : null))],
            page.PageNumber, page.PageSize, page.TotalCount));
    }

    public static async Task<Results<Ok<VolunteerDto>, NotFound>> GetVolunteer(
        Guid volunteerId, VolunteersDbContext db, IOptions<VogPolicy> vog, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var volunteer = await db.LoadVolunteerAsync(volunteerId, cancellationToken);
        if (volunteer is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(volunteer.Revision);
        return TypedResults.Ok(VolunteerDto.From(volunteer, vog.Value, time.Today()));
    }

    public static async Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> UpdateProfile(
        Guid volunteerId, VolunteerProfileRequest request, VolunteersDbContext db, IOptions<VogPolicy> vog, TimeProvider time, HttpContext http,
        CancellationToken cancellationToken)
    {
        var volunteer = await db.LoadVolunteerAsync(volunteerId, cancellationToken);
        if (volunteer is null)
        {
            return TypedResults.NotFound();
        }

        if (Revisions.CheckIfMatch(http.Request, volunteer.Revision) is { } precondition)
        {
            return precondition;
        }

        volunteer.UpdateProfile(request.ToProfile());
        await db.SaveChangesAsync(cancellationToken);
        http.Response.SetETag(volunteer.Revision);
        return TypedResults.Ok(VolunteerDto.From(volunteer, vog.Value, time.Today()));
    }

    public static Task<Results<Ok<VolunteerDto>, NotFound>> ChangeStatus(
        Guid volunteerId, StatusChangeRequest request, VolunteerChanges changes, CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, (volunteer, context) =>
            volunteer.MoveTo(request.Status!.Value, request.On ?? context.Today, context.Policy, context.Now), cancellationToken);
}
