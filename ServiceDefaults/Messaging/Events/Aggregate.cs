using HerstelWerk.Contracts;

namespace HerstelWerk.Messaging.Events;

/// <summary>
/// An aggregate: a record that changes only through its own methods and raises an integration event
/// for each change others must know of. Nobody stages the events: when the aggregate is tracked by the
/// service's DbContext, the save collects them into the outbox, in the transaction of the change.
/// </summary>
public abstract class Aggregate
{
    /// <summary>Orders events across aggregates changed in one save as they were raised.</summary>
    private static long s_raised;

    private readonly List<RaisedEvent> _events = [];

    /// <summary>
    /// Takes the events raised since the last save or take. The save does this by itself; a unit test of
    /// the model calls it to see what a change raised.
    /// </summary>
    public IReadOnlyList<IIntegrationEvent> TakeEvents() => [.. TakeRaised().Select(raised => raised.Event)];

    /// <summary>Adds an event to the next save of this aggregate.</summary>
    protected void Raise(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        _events.Add(new RaisedEvent(Interlocked.Increment(ref s_raised), integrationEvent));
    }

    /// <summary>Hands the raised events to the save that writes them to the outbox.</summary>
    internal IReadOnlyList<RaisedEvent> TakeRaised()
    {
        var events = _events.ToList();
        _events.Clear();
        return events;
    }
}
