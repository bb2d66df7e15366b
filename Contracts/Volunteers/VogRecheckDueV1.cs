namespace HerstelWerk.Contracts.Volunteers;

/// <summary>A volunteer's certificate of conduct (VOG) is due for its re-check under the organisation's policy; raised once per due date.</summary>
[InternalEvent("About a volunteer's certificate of conduct (VOG), which is the charity's own screening of its volunteers.")]
public sealed record VogRecheckDueV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The volunteer's id in Volunteers.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>The day the re-check falls due; after it the volunteer gets no new assignments.</summary>
    public required DateOnly DueOn { get; init; }
}
