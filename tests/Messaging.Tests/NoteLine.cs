namespace HerstelWerk.Messaging.Tests;

/// <summary>A part of a note: no participant id of its own, so auditing must find it through the note.</summary>
public sealed class NoteLine
{
    private NoteLine()
    {
    }

    internal NoteLine(string text) => Text = text;

    public long Id { get; private set; }

    public Guid NoteId { get; private set; }

    public string Text { get; private set; } = string.Empty;
}
