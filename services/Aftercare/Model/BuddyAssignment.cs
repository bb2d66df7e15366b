using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Aftercare.Model;

/// <summary>
/// An aftercare-buddy assignment as Volunteers reported it. Kept apart from trajectories because the
/// buddy can be assigned before the release opens the trajectory, and the two events can arrive in any order.
/// </summary>
public sealed class BuddyAssignment : IParticipantRecord
{
    private BuddyAssignment()
    {
    }

    public BuddyAssignment(Guid assignmentId, Guid volunteerId, Guid participantId)
    {
        AssignmentId = assignmentId;
        VolunteerId = volunteerId;
        ParticipantId = participantId;
    }

    public Guid AssignmentId { get; private set; }

    public Guid VolunteerId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public bool IsOpen => StartedOn is not null && EndedOn is null;

    public void Start(DateOnly on) => StartedOn ??= on;

    /// <summary>An end that arrived before its start still counts: the late start never reopens it.</summary>
    public void End(DateOnly on) => EndedOn ??= on;
}
