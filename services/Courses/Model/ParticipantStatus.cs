namespace HerstelWerk.Courses.Model;

/// <summary>Where a participant stands: registered → active in course(s) → released → closed.</summary>
public enum ParticipantStatus
{
    Registered = 1,
    Active = 2,
    Released = 3,
    Closed = 4,
}
