namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// A course run Courses scheduled, as Volunteers follows it to find trainers: which course, where, from
/// when until when, which role its trainers need, and who trains it.
/// </summary>
public sealed class CourseRun
{
    private CourseRun()
    {
    }

    public CourseRun(Guid courseRunId, string courseTypeId, string facilityId, DateOnly startsOn, DateOnly? endsOn, string? reportedTrainerRole)
    {
        CourseRunId = courseRunId;
        CourseTypeId = courseTypeId;
        FacilityId = facilityId;
        StartsOn = startsOn;
        EndsOn = endsOn;
        ReportedTrainerRole = reportedTrainerRole;
    }

    public Guid CourseRunId { get; private set; }

    public string CourseTypeId { get; private set; } = string.Empty;

    public string FacilityId { get; private set; } = string.Empty;

    public DateOnly StartsOn { get; private set; }

    /// <summary>The last planned session; null for runs Courses scheduled before it said so.</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The last day the run needs its trainers: its last planned session, or its first when Courses did not say.</summary>
    public DateOnly LastDay => EndsOn ?? StartsOn;

    /// <summary>The role Courses said the run's trainers need; null for runs Courses scheduled before it said so.</summary>
    public string? ReportedTrainerRole { get; private set; }

    /// <summary>
    /// The role a trainer of this run must be trained for: as Courses reported it, or, for a run from
    /// before Courses did, the role its course type has always needed (<see cref="CourseTrainerRoles"/>).
    /// Null only for a course type Volunteers does not know that came without a role.
    /// </summary>
    public string? TrainerRole => ReportedTrainerRole ?? CourseTrainerRoles.ForCourseType(CourseTypeId);

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
