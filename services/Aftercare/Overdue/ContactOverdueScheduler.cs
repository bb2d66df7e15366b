using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Aftercare.Overdue;

/// <summary>
/// Raises <c>AftercareContactOverdueV1</c> for each open trajectory whose last successful contact is older
/// than the rhythm allows, once per overdue period. Checks at start and then every
/// <see cref="AftercarePolicy.CheckEveryMinutes"/>, on the business clock.
/// </summary>
public sealed class ContactOverdueScheduler(
    IServiceScopeFactory scopes, IOptions<AftercarePolicy> policy, BusinessClock clock, TimeProvider time, ILogger<ContactOverdueScheduler> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(policy.Value.CheckEveryMinutes);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => RaiseOverdueAsync(cancellationToken);

    /// <summary>One round; returns how many overdue events it raised.</summary>
    public async Task<int> RaiseOverdueAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AftercareDbContext>();
        await StopWithdrawnAsync(db, cancellationToken);
        var candidates = await db.Trajectories
            .Where(t => t.ClosedOn == null && t.ConsentWithdrawnOn == null && t.NextContactDueOn < today
                && (t.OverdueRaisedFor == null || t.OverdueRaisedFor <= t.NextContactDueOn))
            .OrderBy(t => t.NextContactDueOn)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var id in candidates)
        {
            var trajectory = await db.Trajectories.SingleAsync(t => t.Id == id, cancellationToken);
            if (trajectory.RaiseOverdueIfDue(today, clock.Now))
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    raised++;
                    Logger.LogInformation("Aftercare {TrajectoryId} overdue since {OverdueSince}", id, trajectory.OverdueSince);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // A contact was logged or another replica raised it meanwhile; the next round looks again.
                }
            }

            db.ChangeTracker.Clear();
        }

        return raised;
    }

    /// <summary>
    /// A safety net for a race: a release and a consent withdrawal handled at the same moment by their own
    /// consumers can leave a trajectory open for someone who withdrew. The projection knows; stop it here.
    /// </summary>
    private async Task StopWithdrawnAsync(AftercareDbContext db, CancellationToken cancellationToken)
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
    }
}
