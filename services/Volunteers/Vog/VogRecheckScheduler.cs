using HerstelWerk.ServiceDefaults;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults.Scheduling;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Vog;

/// <summary>
/// Raises <c>VogRecheckDueV1</c> for each volunteer whose VOG re-check enters the "due soon" window,
/// once per due date, so coordinators can request a new VOG in the weeks Justis needs. Checks at start
/// and then every <see cref="VogPolicy.CheckEveryMinutes"/>.
/// </summary>
public sealed class VogRecheckScheduler(IServiceScopeFactory scopes, IOptions<VogPolicy> vog, TimeProvider time, ILogger<VogRecheckScheduler> logger)
    : RecurringJob(time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(vog.Value.CheckEveryMinutes);

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => RaiseDueAsync(cancellationToken);

    /// <summary>One round; returns how many reminders it raised.</summary>
    public async Task<int> RaiseDueAsync(CancellationToken cancellationToken)
    {
        var policy = vog.Value;
        var today = Time.Today();
        var dueSoonIfIssuedBy = policy.DueSoonIfIssuedBy(today);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VolunteersDbContext>();
        var candidates = await db.Volunteers
            .Where(v => (v.Status == VolunteerStatus.Active || v.Status == VolunteerStatus.Inactive) && v.LastVogIssuedOn <= dueSoonIfIssuedBy)
            .Select(v => v.Id)
            .ToListAsync(cancellationToken);
        var raised = 0;
        foreach (var id in candidates)
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.Id == id, cancellationToken);
            if (volunteer.RaiseVogRecheckIfDue(policy, today, Time.GetUtcNow()))
            {
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    raised++;
                    Logger.LogInformation("VOG re-check of volunteer {VolunteerId} due on {DueOn}", id, volunteer.VogDueOn(policy));
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another replica or a coordinator changed the volunteer meanwhile; the next round looks again.
                }
            }

            db.ChangeTracker.Clear();
        }

        return raised;
    }
}
