using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// A volunteer working with one participant in one role, from a start date until it ends. It reveals who
/// works with the participant, so its changes are audited.
/// </summary>
public sealed class Assignment : IParticipantRecord
{
    private Assignment()
    {
    }

    internal Assignment(Guid id, Guid participantId, string role, DateOnly startedOn)
    {
        Id = id;
        ParticipantId = participantId;
        Role = role;
        StartedOn = startedOn;
    }

    public Guid Id { get; private set; }

    public Guid VolunteerId { get; private set; }

    /// <summary>The participant's pseudonymous id from Courses.</summary>
    public Guid ParticipantId { get; private set; }

    public string Role { get; private set; } = string.Empty;

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public bool IsOpen => EndedOn is null;

    internal void End(DateOnly on)
    {
        if (on < StartedOn)
        {
            throw new VolunteerRuleException($"An assignment cannot end before it started ({StartedOn:yyyy-MM-dd}).");
        }

        EndedOn = on;
    }
}
