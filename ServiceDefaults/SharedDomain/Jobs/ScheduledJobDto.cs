using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Jobs;

/// <summary>A scheduled job of the service.</summary>
/// <param name="Name">Its name in routes, e.g. <c>vog-recheck</c>.</param>
/// <param name="Every">How often the timer runs it (hh:mm:ss).</param>
public sealed record ScheduledJobDto(string Name, string Description, TimeSpan Every) : IOpenApiExample<ScheduledJobDto>
{
    public static ScheduledJobDto Example => new("vog-recheck", "Raises VogRecheckDueV1 once per due date for volunteers whose VOG re-check falls due soon.", TimeSpan.FromHours(1));
}
