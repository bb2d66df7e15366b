using HerstelWerk.Contracts.Volunteers;

namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// What Identity needs to give an Active volunteer a sign-in account: their e-mail address, on the one
/// internal event meant for Identity alone, since services never call each other.
/// </summary>
public sealed partial class Volunteer
{
    /// <summary>
    /// Asks Identity for an account at the current address, with the current revision. Every volunteer has
    /// an address (the application and the import require one), but the model does not enforce that, so
    /// a blank one raises nothing rather than an invitation to nowhere.
    /// </summary>
    private void RequestSignIn(DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            return;
        }

        Raise(new VolunteerSignInRequestedV1 { EventId = Guid.CreateVersion7(now), OccurredAt = now, VolunteerId = Id, Email = Email, Revision = Revision });
    }

    /// <summary>
    /// A different mailbox, not a different spelling: addresses are compared case aside, as the import's
    /// natural key is, so Identity is not asked again for the address it already has.
    /// </summary>
    private bool IsNewAddress(string email) => !string.Equals(Email, email, StringComparison.OrdinalIgnoreCase);
}
