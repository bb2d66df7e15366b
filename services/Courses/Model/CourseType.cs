namespace HerstelWerk.Courses.Model;

/// <summary>
/// One of HerstelWerk's courses, with its rules as data: which formats it has, how many sessions a run
/// has, how large a group may be, and when a participant counts as having completed it.
/// </summary>
public sealed class CourseType
{
    private CourseType()
    {
    }

    public CourseType(string id, string name, CourseFormat? onlyFormat, int minimumSessions, int? maximumSessions, int maximumGroupSize, int sessionsToComplete, string trainerRole)
    {
        TrainerRole = trainerRole;
        Id = id;
        Name = name;
        OnlyFormat = onlyFormat;
        MinimumSessions = minimumSessions;
        MaximumSessions = maximumSessions;
        MaximumGroupSize = maximumGroupSize;
        SessionsToComplete = sessionsToComplete;
    }

    /// <summary>A stable code: "sos-group", "sos-individual", "back-to-the-future", "cao".</summary>
    public string Id { get; private set; } = string.Empty;

    /// <summary>The name staff see (Dutch first).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The one format this course has, or null when runs may be group or individual (CAO).</summary>
    public CourseFormat? OnlyFormat { get; private set; }

    public int MinimumSessions { get; private set; }

    /// <summary>Null when there is no upper limit (CAO has "5 or more").</summary>
    public int? MaximumSessions { get; private set; }

    /// <summary>The largest group a run of this course may take.</summary>
    public int MaximumGroupSize { get; private set; }

    /// <summary>The volunteer role a trainer of this course must be qualified for (Volunteers' role codes).</summary>
    public string TrainerRole { get; private set; } = string.Empty;

    /// <summary>The completion rule: a participant completed the course after attending this many sessions.</summary>
    public int SessionsToComplete { get; private set; }

    public bool Allows(CourseFormat format) => OnlyFormat is null || OnlyFormat == format;

    public bool AllowsSessionCount(int count) => count >= MinimumSessions && (MaximumSessions is null || count <= MaximumSessions);

    public void ChangeRules(int minimumSessions, int? maximumSessions, int maximumGroupSize, int sessionsToComplete)
    {
        MinimumSessions = minimumSessions;
        MaximumSessions = maximumSessions;
        MaximumGroupSize = maximumGroupSize;
        SessionsToComplete = sessionsToComplete;
    }
}
