namespace HerstelWerk.Identity.VolunteerAccounts;

/// <summary>
/// What Identity knows from Volunteers about one volunteer: whether they are Active and their current
/// e-mail address, as of the newest revision received. Events about a volunteer can arrive in any order
/// (they travel on different queues), so each one only moves this record forward, and the account is
/// then made to match it (<see cref="VolunteerAccountReconciler"/>), whichever event came last.
/// </summary>
public sealed class VolunteerSignIn
{
    private VolunteerSignIn()
    {
    }

    public VolunteerSignIn(Guid volunteerId) => VolunteerId = volunteerId;

    public Guid VolunteerId { get; private set; }

    /// <summary>The newest revision received of Volunteers' record; older events change nothing.</summary>
    public int Revision { get; private set; }

    public bool Active { get; private set; }

    /// <summary>The revision the address came with; an activation without one keeps the last known address.</summary>
    public int EmailRevision { get; private set; }

    public string? Email { get; private set; }

    public bool Apply(int revision, bool active)
    {
        if (revision <= Revision)
        {
            return false;
        }

        Revision = revision;
        Active = active;
        return true;
    }

    public bool ApplyEmail(int revision, string email)
    {
        if (revision <= EmailRevision)
        {
            return false;
        }

        EmailRevision = revision;
        Email = email;
        // A sign-in request is only ever published for an Active volunteer.
        Apply(revision, active: true);
        return true;
    }
}
