namespace HerstelWerk.Courses.Apis;

/// <param name="Completed">Participants who completed the course with this (last) session.</param>
/// <param name="NotCompleted">Participants whose enrolment ended with this (last) session without completion.</param>
public sealed record SessionOutcomeDto(int SessionNumber, DateOnly HeldOn, int Present, int Absent, int Excused, IReadOnlyList<Guid> Completed, IReadOnlyList<Guid> NotCompleted);
