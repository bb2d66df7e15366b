using System.Diagnostics;
using System.Text.Json;
using HerstelWerk.Contracts;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// An integration event waiting to be published, stored in the same transaction as the change that
/// caused it. A row is never lost: it stays until the broker confirmed it, then until retention ends.
/// </summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private OutboxMessage()
    {
    }

    /// <summary>Insert order; only a key. Publication follows <see cref="CommitSequence"/>.</summary>
    public long Id { get; private set; }

    /// <summary>
    /// Stamped by a database trigger at commit time, under a lock, so it follows commit order. Null only
    /// inside the writing transaction, which makes it invisible to the dispatcher until then.
    /// </summary>
    public long? CommitSequence { get; private set; }

    /// <summary>The event's id, used as the bus message id so consumers can drop duplicates.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>The contract's full type name, e.g. <c>HerstelWerk.Contracts.Courses.ParticipantRegisteredV1</c>.</summary>
    public string MessageType { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>W3C trace context of the request that caused the event, so its trace continues into every consumer.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset? SentAt { get; internal set; }

    /// <summary>
    /// Set when the row can never be published (its type is unknown or its payload unreadable, after
    /// a faulty deployment). Such a row is skipped, so it cannot block the events behind it, and the
    /// outbox health check turns Unhealthy until an operator repairs it and clears this field.
    /// </summary>
    public DateTimeOffset? FailedAt { get; internal set; }

    public int Attempts { get; internal set; }

    public string? LastError { get; internal set; }

    internal static OutboxMessage Create(IIntegrationEvent integrationEvent, DateTimeOffset now, Activity? activity)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            MessageId = integrationEvent.EventId,
            MessageType = type.FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, type, SerializerOptions),
            CreatedAt = now,
            TraceParent = activity?.Id,
            TraceState = activity?.TraceStateString,
        };
    }
}
