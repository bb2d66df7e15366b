namespace HerstelWerk.Courses.Model;

/// <summary>A stay at one facility: from a date, until a transfer or release ends it.</summary>
public sealed class ParticipantLocation
{
    private ParticipantLocation()
    {
    }

    internal ParticipantLocation(string facilityId, DateOnly from)
    {
        FacilityId = facilityId;
        From = from;
    }

    public long Id { get; private set; }

    public Guid ParticipantId { get; private set; }

    public string FacilityId { get; private set; } = string.Empty;

    public DateOnly From { get; private set; }

    /// <summary>Null while the participant is still there.</summary>
    public DateOnly? Until { get; private set; }

    internal void End(DateOnly on) => Until = on;
}
