using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Courses.Model;

/// <summary>A participant's place (or wait for one) in a course run, with their attendance.</summary>
public sealed class Enrolment : IParticipantRecord
{
    private Enrolment()
    {
    }

    internal Enrolment(Guid participantId, EnrolmentStatus status, DateTimeOffset requestedAt)
    {
        ParticipantId = participantId;
        Status = status;
        RequestedAt = requestedAt;
        if (status == EnrolmentStatus.Enrolled)
        {
            EnrolledAt = requestedAt;
        }
    }

    public long Id { get; private set; }

    public Guid CourseRunId { get; private set; }

    public Guid ParticipantId { get; private set; }

    public EnrolmentStatus Status { get; private set; }

    /// <summary>When the participant asked for a place: the waiting list's order.</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? EnrolledAt { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public EndReason? EndReason { get; private set; }

    public List<AttendanceRecord> Attendance { get; private set; } = [];

    public bool IsOpen => Status is EnrolmentStatus.Waiting or EnrolmentStatus.Enrolled;

    public int SessionsAttended => Attendance.Count(record => record.Presence == Presence.Present);

    internal void Admit(DateTimeOffset now)
    {
        Status = EnrolmentStatus.Enrolled;
        EnrolledAt = now;
    }

    internal void End(EndReason reason, DateOnly on)
    {
        Status = EnrolmentStatus.Ended;
        EndReason = reason;
        EndedOn = on;
    }

    internal void Complete(DateOnly on)
    {
        Status = EnrolmentStatus.Completed;
        EndedOn = on;
    }

    internal void Record(int sessionNumber, Presence presence)
    {
        var existing = Attendance.SingleOrDefault(record => record.SessionNumber == sessionNumber);
        if (existing is null)
        {
            Attendance.Add(new AttendanceRecord(sessionNumber, presence));
        }
        else
        {
            existing.Correct(presence);
        }
    }
}
