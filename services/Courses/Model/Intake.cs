namespace HerstelWerk.Courses.Model;

/// <summary>What staff record when a participant joins; validated before it reaches the model.</summary>
/// <param name="CurrentStayBeganOn">When the current stay at the facility began; null for today.</param>
/// <param name="Consents">Consents given at the intake, recorded with it.</param>
public sealed record Intake(
    string FullName,
    DateOnly DateOfBirth,
    string? PrisonNumber,
    string ContactLanguage,
    ParticipantGroup Group,
    DateOnly ExpectedReleaseDate,
    DateOnly? CurrentStayBeganOn,
    IReadOnlyList<(ConsentPurpose Purpose, DateOnly GivenOn)> Consents);
