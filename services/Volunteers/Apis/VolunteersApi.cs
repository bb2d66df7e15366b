using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Idempotency;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Changes;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Volunteer records and their lifecycle: coordinators only.</summary>
public static class VolunteersApi
{
    public static void MapVolunteersApi(this IEndpointRouteBuilder endpoints)
    {
        var volunteers = endpoints.MapApiGroup(Extensions.RoutePrefix, "Volunteers");
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
            .RequiresIfMatch()
            .RequireAccess(Roles.Coordinator)
            .WithName("UpdateVolunteerProfile")
            .WithSummary("Change contact details, region, languages, capacity or availability. Send the ETag as If-Match.");
        volunteers.MapPost("/{volunteerId:guid}/status", ChangeStatus)
            .RequireAccess(Roles.Coordinator)
            .WithName("ChangeVolunteerStatus")
            .WithSummary("Take a lifecycle step; 409 with the reason for a step the lifecycle or screening does not allow. Becoming or stopping being Active publishes VolunteerActivatedV1 or VolunteerDeactivatedV1.");
    }

    public static Task<Created<VolunteerDto>> Apply(
        VolunteerProfileRequest request, Changes<Volunteer> changes, IOptions<VogPolicy> vog, BusinessClock clock, CancellationToken cancellationToken)
    {
        return changes.CreateAsync(Volunteer.Apply(request.ToProfile(), clock.PastOrToday(request.AppliedOn, "appliedOn", "An application"), clock.Now), cancellationToken)
            .Created(volunteer => VolunteerDto.From(volunteer, vog.Value, clock.Today), volunteer => $"{Extensions.RoutePrefix}/{volunteer.Id}");
    }

    public static async Task<Ok<Page<VolunteerSummaryDto>>> ListVolunteers(
        [AsParameters] VolunteerSearch search, [AsParameters] PageQuery paging, VolunteersDbContext db, IOptions<VogPolicy> vog, BusinessClock clock,
        CancellationToken cancellationToken)
    {
        var policy = vog.Value;
        var today = clock.Today;
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
        Guid volunteerId, VolunteersDbContext db, IOptions<VogPolicy> vog, BusinessClock clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var volunteer = await db.LoadVolunteerAsync(volunteerId, cancellationToken);
        if (volunteer is null)
        {
            return TypedResults.NotFound();
        }

        response.SetETag(volunteer.Revision);
        return TypedResults.Ok(VolunteerDto.From(volunteer, vog.Value, clock.Today));
    }

    public static Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> UpdateProfile(
        Guid volunteerId, VolunteerProfileRequest request, Changes<Volunteer> changes, IOptions<VogPolicy> vog, BusinessClock clock,
        CancellationToken cancellationToken) =>
        changes.UpdateAsync(volunteerId, volunteer => volunteer.UpdateProfile(request.ToProfile(), clock.Now), cancellationToken)
            .Ok(volunteer => VolunteerDto.From(volunteer, vog.Value, clock.Today));

    public static Task<Results<Ok<VolunteerDto>, NotFound, ProblemHttpResult>> ChangeStatus(
        Guid volunteerId, StatusChangeRequest request, Changes<Volunteer> changes, IOptions<VogPolicy> vog, BusinessClock clock,
        CancellationToken cancellationToken) =>
        changes.ApplyAsync(volunteerId, volunteer => volunteer.MoveTo(request.Status!.Value, request.On ?? clock.Today, vog.Value, clock.Now), cancellationToken)
            .Ok(volunteer => VolunteerDto.From(volunteer, vog.Value, clock.Today));
}
