using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.ServiceDefaults.Security;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>The coordinators' list of contacts that are overdue on the business date, most urgent first.</summary>
public static class OverdueApi
{
    public static void MapOverdueApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup($"{Extensions.RoutePrefix}/overdue", "Trajectories")
            .MapGet("/", Overdue)
            .RequireAccess(Extensions.Staff)
            .WithName("ListOverdueTrajectories")
            .WithSummary("Open trajectories whose last successful contact is older than the rhythm allows, longest overdue first; filter by participantId.");
    }

    public static async Task<Ok<Page<OverdueTrajectoryDto>>> Overdue(
        [AsParameters] ParticipantFilter filter, [AsParameters] PageQuery paging, AftercareDbContext db, BusinessClock clock, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var page = await filter.Apply(db.Trajectories.AsNoTracking())
            .Where(t => t.ClosedOn == null && t.NextContactDueOn < today)
            .OrderBy(t => t.NextContactDueOn).ThenBy(t => t.StartedOn).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.ParticipantId, t.FacilityId, t.BuddyVolunteerId, t.LastContactOn, t.NextContactDueOn })
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(page.Items.Select(t => t.ParticipantId), cancellationToken);
        return TypedResults.Ok(new Page<OverdueTrajectoryDto>(
            [.. page.Items.Select(t => new OverdueTrajectoryDto(t.Id, t.ParticipantId, t.FacilityId, t.BuddyVolunteerId, t.LastContactOn, t.NextContactDueOn,
                t.NextContactDueOn.AddDays(1), today.DayNumber - t.NextContactDueOn.DayNumber))],
            page.PageNumber, page.PageSize, page.TotalCount));
    }
}
