using HerstelWerk.Messaging.Events;
using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Messaging.Tests;

/// <summary>A minimal aggregate about a participant: each write raises an event.</summary>
public sealed class Note : Aggregate, IParticipantRecord
{
    private Note()
    {
    }

    public Guid Id { get; private set; }

    public Guid ParticipantId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public int Revision { get; private set; }

    /// <summary>Parts of the record that carry no participant id of their own.</summary>
    public List<NoteLine> Lines { get; private set; } = [];

    /// <summary>Adds a line without touching the note's own columns.</summary>
    public void AddLine(string text) => Lines.Add(new NoteLine(text));

    public static Note Write(Guid participantId, string title)
    {
        var note = new Note { Id = Guid.NewGuid(), ParticipantId = participantId, Title = title };
        note.Rewrite(title);
        return note;
    }

    public void Rewrite(string title)
    {
        Title = title;
        Revision++;
        Raise(new NoteWrittenV1 { EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, NoteId = Id, Revision = Revision });
    }

    /// <summary>Raises an event without changing a column: the save must still collect it.</summary>
    public void Announce() =>
        Raise(new NoteWrittenV1 { EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, NoteId = Id, Revision = Revision });
}
