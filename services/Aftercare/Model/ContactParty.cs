namespace HerstelWerk.Aftercare.Model;

/// <summary>Whom a contact was with: the ex-prisoner, or their employer (logged separately; it does not count for the contact rhythm).</summary>
public enum ContactParty
{
    Participant,
    Employer,
}
