using HerstelWerk.Aftercare.Model;

namespace HerstelWerk.Aftercare.Infrastructure;

internal static class ContactQueries
{
    /// <summary>A trajectory's contacts with one party, newest first.</summary>
    public static IQueryable<ContactEntry> OfTrajectoryWith(this IQueryable<ContactEntry> contacts, Guid trajectoryId, ContactParty party) =>
        contacts.Where(c => c.TrajectoryId == trajectoryId && c.Party == party).OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt);
}
