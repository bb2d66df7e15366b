namespace HerstelWerk.Volunteers.Hours;

/// <summary>
/// How long a course session counts for its trainers (configuration section <c>Hours</c>). Courses'
/// SessionHeldV1 says a session took place, not how long it lasted; the courses have fixed lengths.
/// </summary>
public sealed class HoursSettings
{
    /// <summary>Minutes per session by course type id; SOS group sessions take two hours, individual ones one.</summary>
    public Dictionary<string, int> SessionMinutes { get; set; } = [];

    /// <summary>For a course type not listed.</summary>
    public int DefaultSessionMinutes { get; set; } = 120;

    public int SessionMinutesFor(string courseTypeId) =>
        SessionMinutes.TryGetValue(courseTypeId, out var minutes) ? minutes : DefaultSessionMinutes;
}
