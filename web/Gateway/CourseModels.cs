namespace HerstelWerk.Web.Gateway;

/// <summary>A course and its rules (<c>GET /api/courses/course-types</c>).</summary>
public sealed record CourseType(string Id, string Name, string? OnlyFormat, int MinimumSessions, int? MaximumSessions, int MaximumGroupSize, int SessionsToComplete);

/// <summary>A run of a course at a PI: its sessions, held or not yet.</summary>
public sealed record CourseRun(
    Guid Id, string CourseTypeId, string FacilityId, string Format, int Capacity, DateOnly StartsOn, IReadOnlyList<Session> Sessions, int Revision,
    IReadOnlyList<Guid>? TrainerVolunteerIds = null);

public sealed record Session(int Number, DateOnly ScheduledOn, DateOnly? HeldOn);

/// <summary>What a coordinator plans (<c>POST /api/courses/runs</c>); Courses checks it against the course's rules.</summary>
public sealed record ScheduleRunRequest(string? CourseTypeId, string? FacilityId, string? Format, int? Capacity, IReadOnlyList<DateOnly> Sessions);

/// <summary>A participant in a run: enrolled, waiting (with their place in line), completed or ended; with the presence recorded per held session.</summary>
public sealed record Enrolment(
    Guid ParticipantId, string Status, int? WaitingPosition, int SessionsAttended, DateOnly? EndedOn = null, string? EndReason = null,
    IReadOnlyList<RecordedPresence>? Attendance = null);

public sealed record RecordedPresence(int SessionNumber, string Presence);

/// <summary>One of a participant's enrolments with its run (<c>GET /api/courses/participants/{id}/enrolments</c>).</summary>
public sealed record ParticipantEnrolment(Guid RunId, string CourseTypeId, string FacilityId, DateOnly StartsOn, Enrolment Enrolment);

public sealed record AttendanceRequest(DateOnly HeldOn, IReadOnlyList<AttendanceEntry> Attendance);

public sealed record AttendanceEntry(Guid ParticipantId, string Presence);

/// <summary>The three ways to be at a session, as the API names them.</summary>
public static class Presences
{
    public static readonly string[] All = ["Present", "Absent", "Excused"];
}

/// <summary>The two ways a coordinator ends an enrolment early; transfers, releases and withdrawals end them by themselves.</summary>
public static class EndReasons
{
    public static readonly string[] ByCoordinator = ["DroppedOut", "ExcludedByFacility"];

    /// <summary>Every reason Courses records, for showing how an enrolment ended.</summary>
    public static readonly string[] All = [.. ByCoordinator, "Transferred", "Released", "ConsentWithdrawn", "NotCompleted"];
}
