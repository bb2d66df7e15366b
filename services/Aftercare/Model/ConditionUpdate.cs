namespace HerstelWerk.Aftercare.Model;

/// <summary>One dated step in a basic condition's history; the newest (by date, then by recording) is where it stands.</summary>
public sealed class ConditionUpdate
{
    private ConditionUpdate()
    {
    }

    internal ConditionUpdate(Guid id, BasicCondition condition, ConditionStatus status, DateOnly on, DateTimeOffset recordedAt)
    {
        Id = id;
        Condition = condition;
        Status = status;
        On = on;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid TrajectoryId { get; private set; }

    public BasicCondition Condition { get; private set; }

    public ConditionStatus Status { get; private set; }

    public DateOnly On { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
