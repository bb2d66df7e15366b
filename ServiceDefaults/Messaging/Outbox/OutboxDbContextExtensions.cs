using System.Diagnostics;
using HerstelWerk.Contracts;
using HerstelWerk.Messaging.Data;

namespace HerstelWerk.Messaging.Outbox;

// TEMPORARY: Courses stages events by hand until its aggregates raise them; removed before this change lands.
public static class OutboxDbContextExtensions
{
    public static void PublishOnCommit(this MessagingDbContext db, IIntegrationEvent integrationEvent, TimeProvider? time = null)
    {
        var now = (time ?? TimeProvider.System).GetUtcNow();
        db.OutboxMessages.Add(OutboxMessage.Create(integrationEvent, now, Activity.Current));
    }
}
