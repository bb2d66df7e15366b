namespace HerstelWerk.Placement.Model;

/// <summary>One dated step in a pipeline; together they are its history.</summary>
public sealed class StageChange
{
    private StageChange()
    {
    }

    internal StageChange(PlacementStage stage, DateOnly on, string? reason, Guid? visitId, DateTimeOffset recordedAt)
    {
        Stage = stage;
        On = on;
        Reason = reason;
        VisitId = visitId;
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public PlacementStage Stage { get; private set; }

    public DateOnly On { get; private set; }

    /// <summary>For Closed and EmploymentEnded: the reason, one of a fixed list.</summary>
    public string? Reason { get; private set; }

    /// <summary>For an interview held at an employer visit inside a facility.</summary>
    public Guid? VisitId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
