using HerstelWerk.Contracts;

namespace HerstelWerk.Messaging.Events;

/// <summary>An event an aggregate raised, with the process-wide order it was raised in.</summary>
internal sealed record RaisedEvent(long Order, IIntegrationEvent Event);
