namespace HerstelWerk.Web.Localization;

/// <summary>Dates as the charity writes them: dd-MM-yyyy, in Europe/Amsterdam, in either language.</summary>
public static class Dates
{
    public const string DayFormat = "dd-MM-yyyy";

    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Show(DateOnly? day) => day?.ToString(DayFormat, System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    public static string Show(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString($"{DayFormat} HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Today in Amsterdam, which is the day a contact "today" happened for the charity.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);
}
