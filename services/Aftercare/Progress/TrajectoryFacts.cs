using HerstelWerk.Aftercare.Model;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>What the figures need of one trajectory; no notes, no reasons.</summary>
/// <param name="FacilityId">The facility of release; null when Courses never reported it or erasure removed it (counted as "unknown").</param>
public sealed record TrajectoryFacts(
    Guid ParticipantId,
    string? FacilityId,
    DateOnly ReleasedOn,
    DateOnly StartedOn,
    DateOnly? ClosedOn,
    TrajectoryOutcome? Outcome,
    DateOnly? FirstContactOn,
    int OverduePeriods);
