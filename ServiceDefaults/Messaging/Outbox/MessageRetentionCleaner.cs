using HerstelWerk.Messaging.Data;
using HerstelWerk.Messaging.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>Removes sent outbox rows and remembered inbox ids once their retention has passed.</summary>
internal sealed class MessageRetentionCleaner(
    MessagingDbContext db,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<MessageRetentionCleaner> logger)
{
    public async Task CleanUpAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sentBefore = now - options.Value.SentRetention;
        var processedBefore = now - options.Value.InboxRetention;

        var outbox = await db.OutboxMessages
            .Where(message => message.SentAt != null && message.SentAt < sentBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.InboxMessages
            .Where(message => message.ProcessedAt < processedBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var keyed = 0;
        if (db.Model.FindEntityType(typeof(IdempotentRequest)) is not null)
        {
            var keyedBefore = now - options.Value.IdempotencyRetention;
            keyed = await db.Set<IdempotentRequest>().Where(request => request.CreatedAt < keyedBefore).ExecuteDeleteAsync(cancellationToken);
        }

        if (outbox + inbox + keyed > 0)
        {
            logger.LogInformation("Retention clean-up removed {Outbox} sent outbox row(s), {Inbox} inbox row(s) and {Keyed} idempotent request(s)",
                outbox, inbox, keyed);
        }
    }
}
