namespace HerstelWerk.Courses.Model;

/// <summary>What recording a session did: the attendance counts, and the enrolments decided if it was the last.</summary>
public sealed record SessionOutcome(CourseSession Session, int Present, int Absent, int Excused, IReadOnlyList<Enrolment> Decided);
