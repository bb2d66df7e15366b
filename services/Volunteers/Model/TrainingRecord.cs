namespace HerstelWerk.Volunteers.Model;

/// <summary>A training the volunteer completed; one that qualifies for a role makes them trained for it.</summary>
public sealed class TrainingRecord
{
    private TrainingRecord()
    {
    }

    internal TrainingRecord(Guid id, string training, string? qualifiesFor, DateOnly completedOn)
    {
        Id = id;
        Training = training;
        QualifiesFor = qualifiesFor;
        CompletedOn = completedOn;
    }

    public Guid Id { get; private set; }

    public Guid VolunteerId { get; private set; }

    /// <summary>The training's name, e.g. "Basistraining vrijwilligerswerk" or "SOS-trainerscursus".</summary>
    public string Training { get; private set; } = string.Empty;

    /// <summary>The role code it qualifies for, if any (see <c>VolunteerRoles</c>).</summary>
    public string? QualifiesFor { get; private set; }

    public DateOnly CompletedOn { get; private set; }
}
