namespace HerstelWerk.Identity.VolunteerAccounts;

/// <summary>The <c>VolunteerAccounts</c> section: when volunteers' invitations are mailed.</summary>
public sealed class VolunteerInvitationSettings
{
    public const string SectionName = "VolunteerAccounts";

    /// <summary>
    /// How long a new volunteer's invitation waits: events about one change arrive within moments, and a
    /// volunteer imported as Left passes through Active in the same commit; they should get no mail.
    /// </summary>
    public TimeSpan InvitationSettling { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the mailer looks for invitations that are due.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>After a failed send (the mail server is down), when to try that invitation again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(1);
}
