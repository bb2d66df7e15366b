namespace HerstelWerk.Courses.Apis;

/// <summary>The order of the participant list. The list is paged, so the order must be the database's: an
/// order applied to one page would put a name starting with A on page three.</summary>
public enum ParticipantOrder
{
    /// <summary>Newest intake first (the default).</summary>
    Registered,

    /// <summary>By full name, A to Z; erased participants, who have none, last.</summary>
    Name,

    /// <summary>Soonest expected release first; those without a date last.</summary>
    ExpectedRelease,
}
