namespace HerstelWerk.ServiceDefaults;

// TEMPORARY until every rule decides with BusinessClock; removed before this change lands.
public static class TimeProviderExtensions
{
    /// <summary>Today's date as the services count days (UTC), from the injectable clock so tests can move it.</summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
