namespace HerstelWerk.Courses.Model;

/// <summary>Whether an enrolled participant was at one session.</summary>
public sealed class AttendanceRecord
{
    private AttendanceRecord()
    {
    }

    internal AttendanceRecord(int sessionNumber, Presence presence)
    {
        SessionNumber = sessionNumber;
        Presence = presence;
    }

    public long Id { get; private set; }

    public long EnrolmentId { get; private set; }

    public int SessionNumber { get; private set; }

    public Presence Presence { get; private set; }

    internal void Correct(Presence presence) => Presence = presence;
}
