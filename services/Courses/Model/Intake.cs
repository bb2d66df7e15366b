namespace HerstelWerk.Courses.Model;

/// <summary>What staff record when a participant joins; validated before it reaches the model.</summary>
public sealed record Intake(
    string FullName,
    DateOnly DateOfBirth,
    string? PrisonNumber,
    string ContactLanguage,
    ParticipantGroup Group,
    string FacilityId,
    DateOnly ExpectedReleaseDate);
