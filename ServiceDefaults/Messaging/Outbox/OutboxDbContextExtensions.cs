using System.Diagnostics;
using HerstelWerk.Contracts;
using HerstelWerk.Messaging.Data;

namespace HerstelWerk.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Stages an integration event in the outbox. It is written by the next <c>SaveChangesAsync</c>, in
    /// the same transaction as the change that caused it, and published as soon as that commits.
    /// </summary>
    public static void PublishOnCommit(this MessagingDbContext db, IIntegrationEvent integrationEvent, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var now = (time ?? TimeProvider.System).GetUtcNow();
        db.OutboxMessages.Add(OutboxMessage.Create(integrationEvent, now, Activity.Current));
    }

    /// <summary>Stages the events <paramref name="source"/> raised since the last call; they commit with the next save.</summary>
    public static void StageEventsOf(this MessagingDbContext db, EventSource source, TimeProvider time)
    {
        foreach (var integrationEvent in source.TakeEvents())
        {
            db.PublishOnCommit(integrationEvent, time);
        }
    }
}
