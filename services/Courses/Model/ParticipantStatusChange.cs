namespace HerstelWerk.Courses.Model;

/// <summary>One step in a participant's status history; a status holds from its date until the next one.</summary>
public sealed class ParticipantStatusChange
{
    private ParticipantStatusChange()
    {
    }

    internal ParticipantStatusChange(ParticipantStatus status, DateOnly effectiveOn, DateTimeOffset recordedAt)
    {
        Status = status;
        EffectiveOn = effectiveOn;
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }

    public Guid ParticipantId { get; private set; }

    public ParticipantStatus Status { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
