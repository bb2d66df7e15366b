using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Errors;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.Volunteers.Hours;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>Hours: logged activities, and the statement for the subsidy and donors.</summary>
public static class HoursApi
{
    public static void MapHoursApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup(Extensions.RoutePrefix, "Hours");
        group.MapPost("/{volunteerId:guid}/activities", LogActivity)
            .RequireAccess(Roles.Coordinator)
            .WithName("LogActivity")
            .WithSummary("Log a visit, a session given or an aftercare contact, with its date and minutes.");
        group.MapGet("/{volunteerId:guid}/activities", ListActivities)
            .RequireAccess(Roles.Coordinator)
            .WithName("ListActivities")
            .WithSummary("A volunteer's logged activities in a year, newest first.");
        group.MapGet("/hours", Statement)
            .RequireAccess(Roles.Coordinator)
            .WithName("HoursStatement")
            .WithSummary("The hours statement of a year: per volunteer (paged) and in total, counting only volunteers who were Active at some point that year; volunteerId narrows it to one.");
        group.MapGet("/hours/csv", StatementCsv)
            .RequireAccess(Roles.Coordinator)
            .WithName("HoursStatementCsv")
            .WithSummary("The same statement as a CSV file, every line and a total line; volunteerId narrows it to one.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
    }

    public static async Task<Results<Created<ActivityDto>, NotFound, ProblemHttpResult>> LogActivity(
        Guid volunteerId, ActivityRequest request, VolunteersDbContext db, BusinessClock clock, CancellationToken cancellationToken)
    {
        if (!await db.Volunteers.AnyAsync(v => v.Id == volunteerId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var activity = new VolunteerActivity(volunteerId, request.Kind!.Value, clock.PastOrToday(request.On, "on", "An activity"), request.Minutes!.Value, sourceKey: null, clock.Now);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{Extensions.RoutePrefix}/{volunteerId}/activities", ActivityDto.From(activity));
    }

    public static async Task<Results<Ok<Page<ActivityDto>>, NotFound>> ListActivities(
        Guid volunteerId, [AsParameters] YearQuery year, [AsParameters] PageQuery paging, VolunteersDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Volunteers.AnyAsync(v => v.Id == volunteerId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var page = await db.Activities.AsNoTracking()
            .Where(a => a.VolunteerId == volunteerId && a.On >= new DateOnly(year.Year, 1, 1) && a.On <= new DateOnly(year.Year, 12, 31))
            .OrderByDescending(a => a.On).ThenBy(a => a.Id)
            .Select(a => new ActivityDto(a.Id, a.VolunteerId, a.Kind, a.On, a.Minutes, a.SourceKey != null))
            .ToPageAsync(paging, cancellationToken);
        return TypedResults.Ok(page);
    }

    public static async Task<Ok<HoursStatement>> Statement(
        [AsParameters] YearQuery year, [AsParameters] HoursFilter filter, [AsParameters] PageQuery paging, HoursCalculator hours, CancellationToken cancellationToken)
    {
        var lines = await hours.LinesAsync(year.Year, filter.VolunteerId, cancellationToken);
        var page = new Page<VolunteerHours>([.. lines.Skip(paging.Skip).Take(paging.PageSize)], paging.Page, paging.PageSize, lines.Count);
        return TypedResults.Ok(new HoursStatement(year.Year, lines.Count, lines.Sum(l => l.TotalHours), page));
    }

    public static async Task<FileContentHttpResult> StatementCsv(
        [AsParameters] YearQuery year, [AsParameters] HoursFilter filter, HoursCalculator hours, CancellationToken cancellationToken)
    {
        var lines = await hours.LinesAsync(year.Year, filter.VolunteerId, cancellationToken);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(HoursCsv.Write(year.Year, lines)), "text/csv", $"volunteer-hours-{year.Year}.csv");
    }
}
