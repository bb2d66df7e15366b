namespace HerstelWerk.SharedDomain.Progress;

/// <summary>
/// Builds a figure from the records it counts, each dated on the day it counts for: the year's value,
/// the same per facility, and the cumulative value at the end of every month so far. One counting rule
/// (<c>value</c>) serves all three, so they can never disagree.
/// </summary>
public static class ProgressFigures
{
    public const string UnknownFacility = "unknown";

    /// <param name="records">The records that count in <paramref name="year"/>; each one's <paramref name="countsOn"/> falls in it.</param>
    /// <param name="facilities">The facilities a record counts for: one as a rule, several for a volunteer with several passes, none for one with none. A null facility counts as "unknown".</param>
    /// <param name="value">The figure over some of the records, e.g. their count; null when it cannot be counted over them.</param>
    /// <param name="today">The business date: months after it are not reported yet.</param>
    public static ProgressFigure Of<T>(
        ProgressDefinition definition,
        int year,
        double? target,
        IReadOnlyCollection<T> records,
        Func<T, DateOnly> countsOn,
        Func<T, IEnumerable<string?>> facilities,
        Func<IReadOnlyCollection<T>, double?> value,
        DateOnly today)
    {
        var byFacility = records
            .SelectMany(record => FacilitiesOf(record, facilities).Select(facility => (Facility: facility, Record: record)))
            .GroupBy(pair => pair.Facility)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => value([.. group.Select(pair => pair.Record).Distinct()]));
        var lastMonth = year < today.Year ? 12 : year == today.Year ? today.Month : 0;
        var byMonth = Enumerable.Range(1, lastMonth)
            .Select(month => new MonthFigure(month, value([.. records.Where(record => countsOn(record) < FirstDayAfter(year, month))])))
            .ToList();
        return new ProgressFigure(definition.Id, definition.Label, definition.CountingRule, target, value(records), definition.Unit, byFacility, byMonth);
    }

    /// <summary>The common case: a record counts for one facility.</summary>
    public static ProgressFigure Of<T>(
        ProgressDefinition definition,
        int year,
        double? target,
        IReadOnlyCollection<T> records,
        Func<T, DateOnly> countsOn,
        Func<T, string?> facility,
        Func<IReadOnlyCollection<T>, double?> value,
        DateOnly today) =>
        Of(definition, year, target, records, countsOn, record => [facility(record)], value, today);

    /// <summary>The description of a progress endpoint: every figure's counting rule.</summary>
    public static string Describe(IEnumerable<ProgressDefinition> definitions) =>
        "Counting rules. " + string.Join(" ", definitions.Select(definition => $"{definition.Id}: {definition.CountingRule}")) +
        " Targets come from configuration (Targets:{year}:{figure}); a target not set is null. Every figure is anonymous, " +
        "so erasure and consent withdrawal leave it unchanged. byMonth is cumulative from January.";

    private static DateOnly FirstDayAfter(int year, int month) => month == 12 ? new DateOnly(year + 1, 1, 1) : new DateOnly(year, month + 1, 1);

    private static IEnumerable<string> FacilitiesOf<T>(T record, Func<T, IEnumerable<string?>> facilities)
    {
        return facilities(record).Select(facility => facility ?? UnknownFacility).Distinct();
    }
}
