namespace HerstelWerk.Courses.Model;

public enum EnrolmentStatus
{
    /// <summary>Waiting for a place; moves up when one frees.</summary>
    Waiting = 1,

    /// <summary>Has a place and takes part.</summary>
    Enrolled = 2,

    /// <summary>Met the course's completion rule after its last session.</summary>
    Completed = 3,

    /// <summary>Ended before completion; the reason says why.</summary>
    Ended = 4,
}
