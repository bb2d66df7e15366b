namespace HerstelWerk.Contracts.Courses;

/// <summary>The trainers of a course run changed; carries the full list, so a receiver can replace what it held.</summary>
[InternalEvent("Which volunteers train which run: trainer eligibility, about volunteers, for Volunteers alone.")]
public sealed record CourseRunTrainersChangedV1 : IIntegrationEvent
{
    /// <inheritdoc />
    public required Guid EventId { get; init; }

    /// <inheritdoc />
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The run's id in Courses.</summary>
    public required Guid CourseRunId { get; init; }

    /// <summary>The volunteers who train the run now (empty when none).</summary>
    public required IReadOnlyList<Guid> TrainerVolunteerIds { get; init; }

    /// <summary>The run's revision in Courses after the change; a receiver ignores older ones.</summary>
    public required int Revision { get; init; }
}
