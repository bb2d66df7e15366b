using HerstelWerk.Messaging.Events;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HerstelWerk.SharedDomain.Audit;

/// <summary>
/// Audits every change of a participant's records at the save that makes it, in the same transaction:
/// a new aggregate about a participant is a Create, anything else (a part of the record included) an Update. Only changes made in a
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

        var tracked = db.ChangeTracker.Entries().ToList();
        var staged = tracked.Where(e => e is { State: EntityState.Added, Entity: AuditEntry }).Select(e => ((AuditEntry)e.Entity).ParticipantId).OfType<Guid>().ToHashSet();
        var changed = tracked
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(entry => (Entry: entry, Record: RecordOf(entry, tracked)))
            .Where(change => change.Record is not null && !staged.Contains(change.Record.ParticipantId))
            .GroupBy(change => change.Record!.ParticipantId)
            // A new aggregate about the participant is their record's creation; anything else changes it.
            .Select(changes => (ParticipantId: changes.Key,
                Action: changes.Any(c => c.Entry is { State: EntityState.Added, Entity: Aggregate and IParticipantRecord }) ? AuditAction.Create : AuditAction.Update))
            .ToList();
        var now = time.GetUtcNow();
        foreach (var group in changed.GroupBy(change => change.Action))
        {
            db.AddRange(AuditEntries.For(request, group.Key, group.Select(change => change.ParticipantId), now));
        }
    }

    /// <summary>
    /// The participant's record a change belongs to: the entity itself, or the record it is part of (an
    /// attendance mark of an enrolment, a consent of a participant), found through its foreign keys.
    /// </summary>
    private static IParticipantRecord? RecordOf(EntityEntry entry, IReadOnlyList<EntityEntry> tracked, int depth = 0)
    {
        if (entry.Entity is IParticipantRecord record)
        {
            return record;
        }

        if (depth > 3)
        {
            return null;
        }

        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            var values = foreignKey.Properties.Select(property => entry.Property(property.Name).CurrentValue).ToList();
            var owner = tracked.FirstOrDefault(candidate => foreignKey.PrincipalEntityType.IsAssignableFrom(candidate.Metadata)
                && foreignKey.PrincipalKey.Properties.Select(property => candidate.Property(property.Name).CurrentValue).SequenceEqual(values));
            if (owner is not null && RecordOf(owner, tracked, depth + 1) is { } ownerRecord)
            {
                return ownerRecord;
            }
        }

        return null;
    }
}
