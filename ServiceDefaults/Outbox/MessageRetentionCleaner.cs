using HerstelWerk.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HerstelWerk.ServiceDefaults.Outbox;

/// <summary>Removes sent outbox rows and remembered inbox ids once their retention has passed.</summary>
internal sealed class MessageRetentionCleaner(
    ServiceDbContext db,
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

        if (outbox + inbox > 0)
        {
            logger.LogInformation("Retention clean-up removed {Outbox} sent outbox row(s) and {Inbox} inbox row(s)", outbox, inbox);
        }
    }
}
