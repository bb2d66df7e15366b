using HerstelWerk.Contracts;

namespace HerstelWerk.Messaging.Tests;

/// <summary>The test model's event.</summary>
public sealed record NoteWrittenV1 : IIntegrationEvent
{
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required Guid NoteId { get; init; }

    public required int Revision { get; init; }
}
