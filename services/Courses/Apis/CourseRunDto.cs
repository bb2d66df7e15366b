using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record CourseRunDto(
    Guid Id, string CourseTypeId, string FacilityId, CourseFormat Format, int Capacity, DateOnly StartsOn,
    IReadOnlyList<SessionDto> Sessions, IReadOnlyList<Guid> TrainerVolunteerIds, int Revision) : IOpenApiExample<CourseRunDto>
{
    /// <summary>A weekly SOS group at PI Vught, three sessions held so far.</summary>
    public static CourseRunDto Example
    {
        get
        {
            var starts = new DateOnly(2026, 3, 2);
            return new(Guid.Parse("019c1f3a-52b0-7d4e-9a61-3f8c2b7e5d10"), "sos-group", "pi-vught", CourseFormat.Group, 12, starts,
                [.. Enumerable.Range(0, 8).Select(week => new SessionDto(week + 1, starts.AddDays(7 * week), week < 3 ? starts.AddDays(7 * week) : null))],
                [Guid.Parse("7e3a9b15-0c64-4d2f-a8b7-91f2c6d0e4a3")],
                5);
        }
    }

    public static CourseRunDto From(CourseRun run) => new(
        run.Id, run.CourseTypeId, run.FacilityId, run.Format, run.Capacity, run.StartsOn,
        [.. run.Sessions.OrderBy(s => s.Number).Select(s => new SessionDto(s.Number, s.ScheduledOn, s.HeldOn))],
        [.. run.TrainerVolunteerIds],
        run.Revision);
}
