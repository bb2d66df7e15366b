using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <param name="Completed">Participants who completed the course with this (last) session.</param>
/// <param name="NotCompleted">Participants whose enrolment ended with this (last) session without completion.</param>
public sealed record SessionOutcomeDto(int SessionNumber, DateOnly HeldOn, int Present, int Absent, int Excused, IReadOnlyList<Guid> Completed, IReadOnlyList<Guid> NotCompleted)
    : IOpenApiExample<SessionOutcomeDto>
{
    /// <summary>The last session of a group of three: two completed, one attended too few sessions.</summary>
    public static SessionOutcomeDto Example => new(8, new DateOnly(2026, 4, 20), 2, 1, 0,
        [Guid.Parse("5d1f0c7a-3b8e-4c2a-9f61-2e7b4a9c8d13"), Guid.Parse("a4c6e2d8-71b3-4f05-8e9a-6b2d1c3f5e70")],
        [Guid.Parse("c81e4f27-9d3a-4b6c-8e05-f2a7b9d1c364")]);

    public static SessionOutcomeDto From(SessionOutcome outcome) => new(outcome.Session.Number, outcome.Session.HeldOn!.Value,
        outcome.Present, outcome.Absent, outcome.Excused,
        [.. outcome.Decided.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.ParticipantId)],
        [.. outcome.Decided.Where(e => e.Status == EnrolmentStatus.Ended).Select(e => e.ParticipantId)]);
}
