namespace HerstelWerk.Web.Pages.Deelnemers;

/// <summary>
/// The intake form's state. It lives as long as the page, so whatever was typed survives every error;
/// the Idempotency-Key belongs to this one form, so sending it again cannot make a second participant.
/// </summary>
public sealed class IntakeForm
{
    public string IdempotencyKey { get; private set; } = Guid.NewGuid().ToString();

    public string? FullName { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? PrisonNumber { get; set; }

    public string ContactLanguage { get; set; } = "nl";

    public string Group { get; set; } = "Prisoner";

    public string? FacilityId { get; set; }

    public DateOnly? ExpectedReleaseDate { get; set; }

    public bool ParticipationConsent { get; set; } = true;

    public Gateway.IntakeRequest ToRequest(DateOnly today) => new(
        FullName, DateOfBirth, string.IsNullOrWhiteSpace(PrisonNumber) ? null : PrisonNumber.Trim(), ContactLanguage, Group, FacilityId, ExpectedReleaseDate,
        ParticipationConsent ? [new Gateway.ConsentGiven("Participation", today)] : []);
}
