namespace HerstelWerk.Messaging.Outbox;

/// <summary>The broker did not confirm an outbox message; the dispatcher backs off and tries again.</summary>
public sealed class OutboxPublishException(Guid messageId, int attempts, Exception inner)
    : Exception($"Publishing outbox message {messageId} failed (attempt {attempts}): {inner.Message}", inner)
{
    public Guid MessageId { get; } = messageId;

    public int Attempts { get; } = attempts;
}
