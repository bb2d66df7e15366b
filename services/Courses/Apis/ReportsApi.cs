using HerstelWerk.Courses.Infrastructure;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Courses.Apis;

/// <summary>Anonymous counts for the charity's targets and its donors; erasure does not change them.</summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapApiGroup(Extensions.RoutePrefix + "/reports", "Reports");
        reports.MapGet("/intake", IntakeCounts)
            .RequireAccess(Roles.Coordinator)
            .WithName("IntakeCounts")
            .WithSummary("How many participants joined in a year, per group. Counts only: no ids, no names.");
        return reports;
    }

    public static async Task<Ok<IntakeCountsDto>> IntakeCounts([AsParameters] YearQuery query, CoursesDbContext db, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(query.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var counts = await db.Participants.AsNoTracking()
            .Where(p => p.RegisteredAt >= from && p.RegisteredAt < from.AddYears(1))
            .GroupBy(p => p.Group)
            .Select(group => new { Group = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.Group, row => row.Count, cancellationToken);
        var byGroup = Enum.GetValues<ParticipantGroup>().ToDictionary(group => group, group => counts.GetValueOrDefault(group));
        return TypedResults.Ok(new IntakeCountsDto(query.Year, byGroup.Values.Sum(), byGroup));
    }
}
