using HerstelWerk.Aftercare.Model;
using HerstelWerk.Messaging.Data;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>The lists of trajectories people work from (all, unmatched, a buddy's own): one page of summaries, every one shown audited.</summary>
internal static class TrajectorySummaries
{
    public static async Task<Ok<Page<TrajectorySummaryDto>>> PageAsync(
        IQueryable<Trajectory> ordered, PageQuery paging, ParticipantAudit audit, CancellationToken cancellationToken)
    {
        var page = await ordered
            .Select(t => new TrajectorySummaryDto(t.Id, t.ParticipantId, t.FacilityId, t.ReleasedOn, t.StartedOn, t.PlannedEndOn, t.BuddyVolunteerId,
                t.LastContactOn, t.NextContactDueOn, t.ClosedOn))
            .ToPageAsync(paging, cancellationToken);
        await audit.RecordReadAsync(page.Items.Select(t => t.ParticipantId), cancellationToken);
        return TypedResults.Ok(page);
    }
}
