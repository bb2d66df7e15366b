using HerstelWerk.Contracts;

namespace HerstelWerk.Messaging.Outbox;

/// <summary>
/// An aggregate that raises integration events as it changes. The caller stages them in the outbox
/// with <see cref="OutboxDbContextExtensions.StageEventsOf"/>, so they commit with the change that
/// caused them.
/// </summary>
public abstract class EventSource
{
    private readonly List<IIntegrationEvent> _events = [];

    /// <summary>The events raised since the last call.</summary>
    public IReadOnlyList<IIntegrationEvent> TakeEvents()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }

    protected void Raise(IIntegrationEvent integrationEvent) => _events.Add(integrationEvent);
}
