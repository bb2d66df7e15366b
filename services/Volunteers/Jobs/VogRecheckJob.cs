using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Jobs;
using HerstelWerk.Volunteers.Infrastructure;
using HerstelWerk.Volunteers.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Volunteers.Jobs;

/// <summary>
/// Raises <c>VogRecheckDueV1</c> for each volunteer whose VOG re-check enters the "due soon" window on
/// the business date, once per due date, so coordinators can request a new VOG in the weeks Justis
/// needs. Runs at start, then every <see cref="VogPolicy.CheckEveryMinutes"/>, and whenever an admin
/// runs it.
/// </summary>
public sealed class VogRecheckJob(IServiceScopeFactory scopes, IOptions<VogPolicy> vog, BusinessClock clock, TimeProvider time, ILogger<VogRecheckJob> logger)
    : ScheduledJob(time, logger)
{
    public override string Name => "vog-recheck";

    public override string Description => "Raises VogRecheckDueV1 once per due date for volunteers whose VOG re-check falls due soon.";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(vog.Value.CheckEveryMinutes);

    protected override async Task<string> RunOnceAsync(CancellationToken cancellationToken)
    {
        var policy = vog.Value;
        var today = clock.Today;
        var dueSoonIfIssuedBy = policy.DueSoonIfIssuedBy(today);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VolunteersDbContext>();
        var candidates = await db.Volunteers
            .Where(v => (v.Status == VolunteerStatus.Active || v.Status == VolunteerStatus.Inactive) && v.LastVogIssuedOn <= dueSoonIfIssuedBy)
            .Select(v => v.Id)
            .ToListAsync(cancellationToken);
        var raised = await db.ChangeEachAsync(candidates,
            async id => (await db.Volunteers.SingleAsync(v => v.Id == id, cancellationToken)).RaiseVogRecheckIfDue(policy, today, clock.Now),
            id => Logger.LogInformation("VOG re-check of volunteer {VolunteerId} falls due soon", id),
            cancellationToken);

        return raised == 1 ? "Raised 1 VOG re-check reminder." : $"Raised {raised} VOG re-check reminders.";
    }
}
