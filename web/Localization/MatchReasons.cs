using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Web.Localization;

/// <summary>
/// Volunteers' reasons for a suggestion in the console's language. The service writes them in English
/// for developers ("3 of 4 places free"); these are the shapes its two rankers produce. Any other
/// reason is shown as the service wrote it, so no reason is lost.
/// </summary>
public static partial class MatchReasons
{
    public static string Translate(string reason, IStringLocalizer<Text> L) => reason switch
    {
        "can train until the last session" => L["Volunteers_ReasonCanFinish"],
        "trains no other run now" => L["Volunteers_ReasonNoOtherRun"],
        "trains 1 other run now" => L["Volunteers_ReasonOneOtherRun"],
        _ when PlacesFree().Match(reason) is { Success: true } m => L["Volunteers_ReasonPlacesFree", m.Groups["free"].Value, m.Groups["of"].Value],
        _ when VogDue().Match(reason) is { Success: true } m => L["Volunteers_ReasonVogDue", Day(m.Groups["on"].Value)],
        _ when OtherRuns().Match(reason) is { Success: true } m => L["Volunteers_ReasonOtherRuns", m.Groups["runs"].Value],
        _ when HasPass().Match(reason) is { Success: true } m => L["Volunteers_ReasonHasPass", m.Groups["pi"].Value],
        _ when NeedsPass().Match(reason) is { Success: true } m => L["Volunteers_ReasonNeedsPass", m.Groups["pi"].Value],
        _ when PassEndsEarly().Match(reason) is { Success: true } m => L["Volunteers_ReasonPassEndsEarly", m.Groups["pi"].Value, Day(m.Groups["on"].Value)],
        _ when VogBeforeEnd().Match(reason) is { Success: true } m => L["Volunteers_ReasonVogBeforeEnd", Day(m.Groups["on"].Value)],
        _ when OtherRegion().Match(reason) is { Success: true } m => L["Volunteers_ReasonOtherRegion", m.Groups["region"].Value],
        _ when SameRegion().Match(reason) is { Success: true } m => L["Volunteers_ReasonSameRegion", m.Groups["region"].Value],
        _ when NotSpeaks().Match(reason) is { Success: true } m => L["Volunteers_ReasonNotSpeaks", m.Groups["language"].Value],
        _ when Speaks().Match(reason) is { Success: true } m => L["Volunteers_ReasonSpeaks", m.Groups["language"].Value],
        _ => reason,
    };

    private static string Day(string isoDay) =>
        DateOnly.TryParseExact(isoDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Dates.Show(day) : isoDay;

    [GeneratedRegex(@"^(?<free>\d+) of (?<of>\d+) places free$")]
    private static partial Regex PlacesFree();

    [GeneratedRegex(@"^VOG re-check due on (?<on>\d{4}-\d{2}-\d{2})$")]
    private static partial Regex VogDue();

    [GeneratedRegex(@"^trains (?<runs>\d+) other runs now$")]
    private static partial Regex OtherRuns();

    [GeneratedRegex(@"^has an access pass for (?<pi>.+)$")]
    private static partial Regex HasPass();

    [GeneratedRegex(@"^needs an access pass for (?<pi>.+) first$")]
    private static partial Regex NeedsPass();

    [GeneratedRegex(@"^the access pass for (?<pi>.+) ends before the last session \((?<on>\d{4}-\d{2}-\d{2})\)$")]
    private static partial Regex PassEndsEarly();

    [GeneratedRegex(@"^the VOG re-check falls before the last session \((?<on>\d{4}-\d{2}-\d{2})\)$")]
    private static partial Regex VogBeforeEnd();

    [GeneratedRegex(@"^lives in another region \((?<region>.+)\)$")]
    private static partial Regex OtherRegion();

    [GeneratedRegex(@"^lives in (?<region>.+)$")]
    private static partial Regex SameRegion();

    [GeneratedRegex(@"^does not speak (?<language>.+)$")]
    private static partial Regex NotSpeaks();

    [GeneratedRegex(@"^speaks (?<language>.+)$")]
    private static partial Regex Speaks();
}
