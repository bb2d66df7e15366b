namespace HerstelWerk.Contracts.Volunteers;

/// <summary>
/// Justis issued a volunteer a new certificate of conduct (VOG). Carries the re-check date under the
/// charity's policy: after it, the volunteer takes on no new work until a newer VOG is issued.
/// </summary>
[InternalEvent("About a volunteer's certificate of conduct (VOG), which is the charity's own screening of its volunteers.")]
public sealed record VolunteerVogIssuedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The volunteer's id in Volunteers.</summary>
    public required Guid VolunteerId { get; init; }

    /// <summary>The day the VOG was issued.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>The last day the VOG counts as current under the re-check policy.</summary>
    public required DateOnly RecheckDueOn { get; init; }

    /// <summary>The volunteer's revision in Volunteers after this change; a receiver ignores older ones.</summary>
    public required int Revision { get; init; }
}
