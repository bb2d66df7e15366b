using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Jobs;

/// <summary>A round of a job an admin ran by hand.</summary>
/// <param name="BusinessDate">The business date the round decided with.</param>
/// <param name="Outcome">What the round did, in a sentence.</param>
public sealed record JobRunDto(string Job, DateOnly BusinessDate, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, string Outcome) : IOpenApiExample<JobRunDto>
{
    public static JobRunDto Example => new("vog-recheck", new DateOnly(2026, 12, 2), new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 12, 2, 9, 0, 1, TimeSpan.Zero), "Raised 3 VOG re-check reminders.");
}
