using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.SharedDomain.Development;

/// <summary>The business date against the system's (Development only).</summary>
/// <param name="Today">The date the service's rules and jobs decide with.</param>
/// <param name="SystemToday">The machine's date; the outbox, inbox and retention keep running on it.</param>
/// <param name="OffsetDays">How many days the business date runs ahead.</param>
public sealed record BusinessDateDto(DateOnly Today, DateOnly SystemToday, int OffsetDays) : IOpenApiExample<BusinessDateDto>
{
    public static BusinessDateDto Example => new(new DateOnly(2027, 6, 1), new DateOnly(2026, 12, 2), 181);
}
