using HerstelWerk.Placement.Infrastructure;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Placement.Jobs;

/// <summary>
/// The retention check: once a job's months are up (<see cref="RetentionPolicy.Months"/>) on the business
/// date, the placement is marked as awaiting the adviser's confirmation and shows in the retention checks
/// list; the adviser then confirms it (<c>RetentionConfirmedV1</c>) or records the end (<c>EmploymentEndedV1</c>).
/// Each round also stops the work of any candidate whose consent withdrawal or erasure crossed their
/// registration in flight. Runs at start, every <see cref="RetentionPolicy.CheckEveryMinutes"/>, and when an admin asks.
/// </summary>
public sealed class RetentionCheckJob(
    IServiceScopeFactory scopes, IOptions<RetentionPolicy> retention, BusinessClock clock, TimeProvider time, ILogger<RetentionCheckJob> logger)
    : ScheduledJob(time, logger)
{
    public override string Name => "retention-check";

    public override string Description =>
        "Marks jobs whose retention months are up as awaiting the adviser's confirmation, and stops the work of candidates Courses reported as withdrawn or erased.";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(retention.Value.CheckEveryMinutes);

    protected override async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        var marked = await MarkDueAsync(cancellationToken);
        var stopped = await StopStrandedAsync(cancellationToken);
        return $"Marked {Count(marked, "job")} as awaiting the adviser's retention confirmation " +
            $"and stopped the work of {Count(stopped, "candidate")} Courses reported as withdrawn or erased.";
    }

    /// <summary>Marks the jobs whose months are up by the business date; returns how many it newly marked.</summary>
    public async Task<int> MarkDueAsync(CancellationToken cancellationToken)
    {
        var policy = retention.Value;
        var today = clock.Today;
        var startedBy = today.AddMonths(-policy.Months);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
        var due = await db.Placements
            .Where(p => (p.Stage == PlacementStage.JobStarted || p.Stage == PlacementStage.Coaching) && p.RetentionCheckDueOn == null && p.StartedOn <= startedBy)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var marked = await db.ChangeEachAsync(due,
            async id => (await db.Placements.SingleAsync(p => p.Id == id, cancellationToken)).MarkRetentionCheckDue(policy, today),
            id => Logger.LogInformation("Placement {PlacementId} awaits the adviser's retention confirmation", id),
            cancellationToken);

        if (due.Count > 0)
        {
            Logger.LogInformation("Retention check on {Today}: {Marked} placements newly await confirmation", today, marked);
        }

        return marked;
    }

    /// <summary>Stops candidates still open although Courses reported a withdrawal or erasure; returns how many it stopped.</summary>
    public async Task<int> StopStrandedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlacementDbContext>();
        var stranded = await db.Candidates
            .Where(c => c.ClosedOn == null)
            .Join(db.Participants.Where(p => p.ConsentWithdrawnOn != null || p.ErasedAt != null), c => c.ParticipantId, p => p.ParticipantId,
                (c, p) => new { c.ParticipantId, p.ConsentWithdrawnOn, p.ErasedAt })
            .ToListAsync(cancellationToken);
        return await db.ChangeEachAsync(stranded,
            participant => db.StopAsync(participant.ParticipantId, participant.ErasedAt is null ? CandidateClosure.ConsentWithdrawn : CandidateClosure.Erased,
                participant.ConsentWithdrawnOn ?? DateOnly.FromDateTime(participant.ErasedAt!.Value.UtcDateTime), clock.Now, cancellationToken),
            participant => Logger.LogInformation("Stopped placement work for participant {ParticipantId} found open after Courses' report", participant.ParticipantId),
            cancellationToken);
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
