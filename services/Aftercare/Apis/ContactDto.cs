using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>
/// One entry in the contact log. <see cref="Note"/> is null for readers who may not see it (anyone but the
/// buddy and staff, and everyone once consent was withdrawn); <see cref="NoteWithheld"/> then says a note exists.
/// </summary>
public sealed record ContactDto(
    Guid Id,
    ContactParty Party,
    Guid? EmployerId,
    DateOnly On,
    ContactChannel Channel,
    bool Reached,
    Guid? MadeByVolunteerId,
    string MadeBy,
    string? Note,
    bool NoteWithheld) : IOpenApiExample<ContactDto>
{
    /// <summary>The buddy's phone call, as the buddy and staff read it.</summary>
    public static ContactDto Example => new(
        AftercareExamples.ContactId, ContactParty.Participant, null, new DateOnly(2027, 4, 12), ContactChannel.Phone, true,
        AftercareExamples.BuddyVolunteerId, "volunteer-31", ContactRequest.Example.Note, false);

    public static ContactDto From(ContactEntry entry, bool showNote) => new(
        entry.Id, entry.Party, entry.EmployerId, entry.On, entry.Channel, entry.Reached, entry.MadeByVolunteerId, entry.MadeBy,
        showNote ? entry.Note : null, !showNote && entry.Note is not null);
}
