namespace HerstelWerk.Messaging.Inbox;

/// <summary>
/// Remembers that a consumer processed a message. Written in the same transaction as the consumer's
/// effect, so a redelivered message finds it and has no second effect.
/// </summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
    }

    public InboxMessage(Guid messageId, string consumer, string messageType, DateTimeOffset processedAt)
    {
        MessageId = messageId;
        Consumer = consumer;
        MessageType = messageType;
        ProcessedAt = processedAt;
    }

    public Guid MessageId { get; private set; }

    /// <summary>The receive endpoint (queue) that processed it: one message can matter to several.</summary>
    public string Consumer { get; private set; } = string.Empty;

    public string MessageType { get; private set; } = string.Empty;

    public DateTimeOffset ProcessedAt { get; private set; }
}
