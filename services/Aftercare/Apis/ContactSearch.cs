namespace HerstelWerk.Aftercare.Apis;

internal static class ContactSearch
{
    /// <summary>A trajectory's contacts with one party, newest first.</summary>
    public static IQueryable<Model.ContactEntry> Of(IQueryable<Model.ContactEntry> contacts, Guid trajectoryId, Model.ContactParty party) =>
        contacts.Where(c => c.TrajectoryId == trajectoryId && c.Party == party).OrderByDescending(c => c.On).ThenByDescending(c => c.RecordedAt);
}
