using HerstelWerk.Aftercare.Infrastructure;
using HerstelWerk.Aftercare.Model;
using HerstelWerk.Messaging.Outbox;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.ServiceDefaults.Api;
using HerstelWerk.SharedDomain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>
/// The one way the APIs change a trajectory: load, check the caller (staff or the buddy), check If-Match
/// for updates, apply, stage the raised events and the audit entry, save once, answer with the ETag. The
/// revision guards against concurrent changes: an update with a stale ETag is a 412, and a contact that
/// lost a race is simply applied again on fresh data, since adding to the log conflicts with nothing.
/// </summary>
public sealed class TrajectoryChanges(
    AftercareDbContext db, IOptions<AftercarePolicy> policy, BusinessClock clock, ParticipantAudit audit, IHttpContextAccessor http)
{
    /// <summary>
    /// A contact loses a race only to another change that committed, and each racer commits once, so this
    /// many attempts carry a contact through four changes at the same moment (a buddy and staff, at most).
    /// </summary>
    private const int Attempts = 5;

    /// <summary>An update (checklist, extension, closure): If-Match required; answers with the trajectory.</summary>
    public async Task<Results<Ok<TrajectoryDto>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid trajectoryId, Action<Trajectory, ChangeContext> change, CancellationToken cancellationToken)
    {
        var (trajectory, _, refusal) = await ChangeAsync(trajectoryId, requireIfMatch: true, (t, context) =>
        {
            change(t, context);
            return true;
        }, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (trajectory is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await TrajectoryViews.DetailAsync(db, trajectory, clock.Today, cancellationToken));
    }

    /// <summary>A new contact in the log: no If-Match, retried on fresh data when it lost a race.</summary>
    public async Task<Results<Created<ContactDto>, NotFound, ProblemHttpResult>> AddContactAsync(
        Guid trajectoryId, Func<Trajectory, ChangeContext, ContactEntry> change, CancellationToken cancellationToken)
    {
        var (trajectory, entry, refusal) = await ChangeAsync(trajectoryId, requireIfMatch: false, change, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (trajectory is null || entry is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Created($"{TrajectoriesApi.Route}/{trajectoryId}/contacts/{entry.Id}", ContactDto.From(entry, showNote: true));
    }

    private async Task<(Trajectory? Trajectory, T? Result, ProblemHttpResult? Refusal)> ChangeAsync<T>(
        Guid trajectoryId, bool requireIfMatch, Func<Trajectory, ChangeContext, T> change, CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("A trajectory is changed within a request.");
        var caller = Caller.From(context.User);
        for (var attempt = 1; ; attempt++)
        {
            var trajectory = await db.LoadTrajectoryAsync(trajectoryId, cancellationToken);
            if (trajectory is null)
            {
                return (null, default, null);
            }

            if (!caller.MayChange(trajectory))
            {
                return (trajectory, default, Caller.NotTheBuddy());
            }

            if (requireIfMatch && Revisions.CheckIfMatch(context.Request, trajectory.Revision) is { } precondition)
            {
                return (trajectory, default, precondition);
            }

            var result = change(trajectory, new ChangeContext(clock.Today, clock.Now, policy.Value, caller));
            audit.Stage(AuditAction.Update, trajectory.ParticipantId);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                context.Response.SetETag(trajectory.Revision);
                return (trajectory, result, null);
            }
            catch (DbUpdateConcurrencyException) when (!requireIfMatch && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
