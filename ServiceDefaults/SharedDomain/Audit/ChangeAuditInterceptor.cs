using HerstelWerk.Messaging.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>
/// Audits every change of a participant's records at the save that makes it, in the same transaction:
/// a new aggregate about a participant is a Create, anything else an Update. Only changes made in a
/// request are audited (they have a caller); consumers and scheduled jobs act on the system's behalf.
/// A handler that already staged an entry for the participant (an erasure) keeps its own.
/// </summary>
internal sealed class ChangeAuditInterceptor(IHttpContextAccessor http, TimeProvider time) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stage(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stage(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Stage(DbContext? db)
    {
        if (db is null || http.HttpContext is not { } request)
        {
            return;
        }

        var staged = db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.ParticipantId).OfType<Guid>().ToHashSet();
        var changed = db.ChangeTracker.Entries<IParticipantRecord>()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(entry => !staged.Contains(entry.Entity.ParticipantId))
            .Select(entry => (entry.Entity.ParticipantId, Action: entry is { State: EntityState.Added, Entity: Aggregate } ? AuditAction.Create : AuditAction.Update))
            .GroupBy(change => change.ParticipantId)
            .Select(changes => (ParticipantId: changes.Key, Action: changes.Any(c => c.Action == AuditAction.Create) ? AuditAction.Create : AuditAction.Update))
            .ToList();
        var now = time.GetUtcNow();
        foreach (var group in changed.GroupBy(change => change.Action))
        {
            db.AddRange(AuditEntries.For(request, group.Key, group.Select(change => change.ParticipantId), now));
        }
    }
}
