using HerstelWerk.Aftercare.Model;

namespace HerstelWerk.Aftercare.Progress;

/// <summary>What the figures need of one trajectory; no notes, no reasons.</summary>
public sealed record TrajectoryFacts(
    Guid ParticipantId,
    string? FacilityId,
    DateOnly ReleasedOn,
    DateOnly StartedOn,
    DateOnly? ClosedOn,
    TrajectoryOutcome? Outcome,
    DateOnly? FirstContactOn,
    int OverduePeriods)
{
    public const string UnknownFacility = "unknown";

    public string Facility => FacilityId ?? UnknownFacility;
}
