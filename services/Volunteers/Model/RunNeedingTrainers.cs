namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// A course run Courses scheduled, as Volunteers follows it to find trainers: which course, where, from
/// when, and how many trainers it has.
/// </summary>
public sealed class RunNeedingTrainers
{
    private RunNeedingTrainers()
    {
    }

    public RunNeedingTrainers(Guid courseRunId, string courseTypeId, string facilityId, DateOnly startsOn, DateOnly? endsOn)
    {
        CourseRunId = courseRunId;
        CourseTypeId = courseTypeId;
        FacilityId = facilityId;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public Guid CourseRunId { get; private set; }

    public string CourseTypeId { get; private set; } = string.Empty;

    public string FacilityId { get; private set; } = string.Empty;

    public DateOnly StartsOn { get; private set; }

    /// <summary>The last planned session; null for runs Courses scheduled before it said so.</summary>
    public DateOnly? EndsOn { get; private set; }

    public List<Guid> TrainerVolunteerIds { get; private set; } = [];

    /// <summary>The run's revision in Courses that <see cref="TrainerVolunteerIds"/> reflects.</summary>
    public int TrainersRevision { get; private set; }

    public void SetTrainers(IReadOnlyList<Guid> trainers, int revision)
    {
        if (revision > TrainersRevision)
        {
            TrainerVolunteerIds = [.. trainers];
            TrainersRevision = revision;
        }
    }
}
