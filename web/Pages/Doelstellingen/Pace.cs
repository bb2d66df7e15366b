namespace HerstelWerk.Web.Pages.Doelstellingen;

/// <summary>
/// Where a linear year would expect a figure by today: the target times the share of the year gone by.
/// A past year expects the whole target; a year still to come, nothing.
/// </summary>
public static class Pace
{
    public static double Expected(double target, int year, DateOnly today)
    {
        if (year < today.Year)
        {
            return target;
        }

        if (year > today.Year)
        {
            return 0;
        }

        var daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
        return target * today.DayOfYear / daysInYear;
    }

    /// <summary>How many whole units the figure is behind that pace; 0 when on track.</summary>
    public static int Behind(double value, double target, int year, DateOnly today) =>
        Math.Max(0, (int)Math.Floor(Expected(target, year, today) - value));
}
