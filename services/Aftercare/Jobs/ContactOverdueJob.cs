using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Aftercare.Jobs;

/// <summary>
/// Raises <c>AftercareContactOverdueV1</c> for each open trajectory whose last successful contact is older
/// than the rhythm allows, once per overdue period, on the business date. Runs at start, then every
/// <see cref="AftercarePolicy.CheckEveryMinutes"/>, and when an admin runs it.
/// </summary>
public sealed class ContactOverdueJob(
    IServiceScopeFactory scopes, IOptions<AftercarePolicy> policy, BusinessClock clock, TimeProvider time, ILogger<ContactOverdueJob> logger)
    : ScheduledJob(time, logger)
{
    public override string Name => "contact-overdue";

    public override string Description =>
        "Raises AftercareContactOverdueV1 once per overdue period for open trajectories whose last successful contact is older than the rhythm allows, " +
        "and stops any trajectory still open for a participant who withdrew consent.";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(policy.Value.CheckEveryMinutes);

    protected override async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AftercareDbContext>();
        var stopped = await StopWithdrawnAsync(db, cancellationToken);
        var raised = await RaiseOverdueAsync(db, clock.Today, cancellationToken);
        return $"Raised {Counted(raised, "overdue contact event", "overdue contact events")}; " +
            $"stopped {Counted(stopped, "trajectory", "trajectories")} of participants who withdrew consent.";
    }

    private static string Counted(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    private async Task<int> RaiseOverdueAsync(AftercareDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var candidates = await db.Trajectories
            .Where(t => t.ClosedOn == null && t.ConsentWithdrawnOn == null && t.NextContactDueOn < today
                && (t.OverdueRaisedFor == null || t.OverdueRaisedFor <= t.NextContactDueOn))
            .OrderBy(t => t.NextContactDueOn)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        return await db.ChangeEachAsync(candidates,
            async id => (await db.Trajectories.SingleAsync(t => t.Id == id, cancellationToken)).RaiseOverdueIfDue(today, clock.Now),
            id => Logger.LogInformation("Aftercare {TrajectoryId} overdue on {Today}", id, today),
            cancellationToken);
    }

    /// <summary>
    /// A safety net for a race: a release and a consent withdrawal handled at the same moment by their own
    /// consumers can leave a trajectory open for someone who withdrew. The projection knows; stop it here.
    /// </summary>
    private async Task<int> StopWithdrawnAsync(AftercareDbContext db, CancellationToken cancellationToken)
    {
        var missed = await db.Trajectories
            .Where(t => t.ClosedOn == null && t.ConsentWithdrawnOn == null)
            .Join(db.Participants.Where(p => p.ConsentWithdrawnOn != null), t => t.ParticipantId, p => p.ParticipantId,
                (t, p) => new { Trajectory = t, WithdrawnOn = p.ConsentWithdrawnOn!.Value })
            .ToListAsync(cancellationToken);
        foreach (var stop in missed)
        {
            stop.Trajectory.StopForWithdrawnConsent(stop.WithdrawnOn, clock.Now);
            Logger.LogInformation("Aftercare {TrajectoryId} stopped: consent was withdrawn", stop.Trajectory.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return missed.Count;
    }
}
