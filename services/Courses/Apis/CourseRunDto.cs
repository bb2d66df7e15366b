using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

public sealed record CourseRunDto(
    Guid Id, string CourseTypeId, string FacilityId, CourseFormat Format, int Capacity, DateOnly StartsOn,
    IReadOnlyList<SessionDto> Sessions, IReadOnlyList<Guid> TrainerVolunteerIds, int Revision)
{
    public static CourseRunDto From(CourseRun run) => new(
        run.Id, run.CourseTypeId, run.FacilityId, run.Format, run.Capacity, run.StartsOn,
        [.. run.Sessions.OrderBy(s => s.Number).Select(s => new SessionDto(s.Number, s.ScheduledOn, s.HeldOn))],
        [.. run.TrainerVolunteerIds],
        run.Revision);
}

public sealed record SessionDto(int Number, DateOnly ScheduledOn, DateOnly? HeldOn);
