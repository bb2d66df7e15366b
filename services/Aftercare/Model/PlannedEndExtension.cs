namespace HerstelWerk.Aftercare.Model;

/// <summary>A later planned end, with why: aftercare lasts at least six months and longer when needed.</summary>
public sealed class PlannedEndExtension
{
    private PlannedEndExtension()
    {
    }

    internal PlannedEndExtension(Guid id, DateOnly from, DateOnly to, string reason, DateTimeOffset recordedAt)
    {
        Id = id;
        From = from;
        To = to;
        Reason = reason;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid TrajectoryId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    /// <summary>Free text; removed on erasure.</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal void Erase() => Reason = null;
}
