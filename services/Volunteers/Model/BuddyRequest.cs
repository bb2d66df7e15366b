using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// A participant whose aftercare trajectory started and who needs an aftercare buddy; it leaves the
/// list when a buddy is assigned or the trajectory closes. It says the participant is in aftercare, so
/// its changes are audited.
/// </summary>
public sealed class BuddyRequest : IParticipantRecord
{
    private BuddyRequest()
    {
    }

    public BuddyRequest(Guid trajectoryId, Guid participantId, DateOnly startedOn)
    {
        TrajectoryId = trajectoryId;
        ParticipantId = participantId;
        StartedOn = startedOn;
    }

    public Guid TrajectoryId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public Guid? BuddyAssignmentId { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public bool IsOpen => BuddyAssignmentId is null && ClosedOn is null;

    public void Match(Guid assignmentId) => BuddyAssignmentId ??= assignmentId;

    public void Unmatch(Guid assignmentId)
    {
        if (BuddyAssignmentId == assignmentId)
        {
            BuddyAssignmentId = null;
        }
    }

    public void Close(DateOnly on) => ClosedOn ??= on;
}
