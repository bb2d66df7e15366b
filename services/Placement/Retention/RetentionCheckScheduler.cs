using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.IntegrationEvents;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Placement.Retention;

/// <summary>
/// The scheduled retention check: once a job's months are up (<see cref="RetentionPolicy.Months"/>),
/// the placement is marked as awaiting the adviser's confirmation and shows in
/// <c>GET /api/placement/retention-checks</c>; the adviser then confirms it (<c>RetentionConfirmedV1</c>)
/// or records the end (<c>EmploymentEndedV1</c>). Runs at start and every
/// <see cref="RetentionPolicy.CheckEveryMinutes"/>. Each round also stops the work of any candidate
/// whose consent withdrawal or erasure crossed their registration in flight.
/// </summary>
public sealed class RetentionCheckScheduler(
    IServiceScopeFactory scopes, IOptions<RetentionPolicy> retention, TimeProvider time, ILogger<RetentionCheckScheduler> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(retention.Value.CheckEveryMinutes);

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await MarkDueAsync(cancellationToken);
        await StopWithdrawnAsync(cancellationToken);
    }

    /// <summary>One round of the retention check; returns how many placements it newly marked.</summary>
    public async Task<int> MarkDueAsync(CancellationToken cancellationToken)
    {
        var policy = retention.Value;
        var today = Time.Today();
        var startedBy = today.AddMonths(-policy.Months);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
        var due = await db.Placements
            .Where(p => (p.Stage == PlacementStage.JobStarted || p.Stage == PlacementStage.Coaching) && p.RetentionCheckDueOn == null && p.StartedOn <= startedBy)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var marked = 0;
        foreach (var id in due)
        {
            var placement = await db.Placements.SingleAsync(p => p.Id == id, cancellationToken);
            if (placement.MarkRetentionCheckDue(policy, today))
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    marked++;
                    Logger.LogInformation("Placement {PlacementId} awaits the adviser's retention confirmation since {DueOn}", id, placement.RetentionCheckDueOn);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // An adviser changed the placement meanwhile; the next round looks again.
                }
            }

            db.ChangeTracker.Clear();
        }

        if (marked > 0 || due.Count > 0)
        {
            Logger.LogInformation("Retention check on {Today}: {Marked} placements newly await confirmation", today, marked);
        }

        return marked;
    }

    /// <summary>Stops candidates still open although Courses reported a withdrawal or erasure; returns how many.</summary>
    public async Task<int> StopWithdrawnAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
        var stranded = await db.Candidates
            .Where(c => c.ClosedOn == null)
            .Join(db.Participants.Where(p => p.ConsentWithdrawnOn != null || p.ErasedAt != null), c => c.ParticipantId, p => p.ParticipantId,
                (c, p) => new { c.ParticipantId, p.ConsentWithdrawnOn, p.ErasedAt })
            .ToListAsync(cancellationToken);
        foreach (var participant in stranded)
        {
            var because = participant.ErasedAt is null ? CandidateClosure.ConsentWithdrawn : CandidateClosure.Erased;
            var on = participant.ConsentWithdrawnOn ?? DateOnly.FromDateTime(participant.ErasedAt!.Value.UtcDateTime);
            try
            {
                if (await db.StopAsync(participant.ParticipantId, because, on, Time.GetUtcNow(), cancellationToken))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    Logger.LogInformation("Stopped placement work for participant {ParticipantId} ({Because}) found open after Courses' report",
                        participant.ParticipantId, because);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // The consumer of the same report got there first, or an adviser changed a pipeline; the next round looks again.
            }

            db.ChangeTracker.Clear();
        }

        return stranded.Count;
    }
}
