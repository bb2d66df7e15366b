using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Web.Localization;

/// <summary>
/// Placement's reasons for a suggestion in the console's language. Placement words them in English for
/// developers ("sector bouw is one of the candidate's preferences"); an adviser reads them in Dutch. The
/// shapes are those of Placement's MatchAssessment; a reason of any other shape is shown as Placement wrote it.
/// </summary>
public static partial class SuggestionReasons
{
    public static string Translate(string reason, IStringLocalizer<Text> L)
    {
        if (SectorFits().Match(reason) is { Success: true } fits)
        {
            return L["Placement_Reason_SectorFits", fits.Groups["sector"].Value];
        }

        if (SectorUnknown().Match(reason) is { Success: true } unknown)
        {
            return L["Placement_Reason_SectorUnknown", unknown.Groups["sector"].Value];
        }

        if (SectorOther().Match(reason) is { Success: true } other)
        {
            return L["Placement_Reason_SectorOther", other.Groups["sector"].Value, other.Groups["preferred"].Value];
        }

        if (RegionFits().Match(reason) is { Success: true } region)
        {
            return L["Placement_Reason_RegionFits", region.Groups["region"].Value];
        }

        if (RegionOther().Match(reason) is { Success: true } elsewhere)
        {
            return L["Placement_Reason_RegionOther", elsewhere.Groups["region"].Value, elsewhere.Groups["theirs"].Value];
        }

        if (RegionUnknown().Match(reason) is { Success: true } noRegion)
        {
            return L["Placement_Reason_RegionUnknown", noRegion.Groups["region"].Value];
        }

        if (reason == "start by arrangement")
        {
            return L["Placement_Reason_StartByArrangement"];
        }

        if (StartReleaseUnknown().Match(reason) is { Success: true } noRelease)
        {
            return L["Placement_Reason_StartReleaseUnknown", Day(noRelease.Groups["start"].Value)];
        }

        if (StartAfter().Match(reason) is { Success: true } after)
        {
            return L[after.Groups["when"].Value == "after" ? "Placement_Reason_StartAfter" : "Placement_Reason_StartBefore",
                Day(after.Groups["start"].Value), after.Groups["days"].Value, Day(after.Groups["free"].Value)];
        }

        return reason;
    }

    private static string Day(string isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Dates.Show(day) : isoDate;

    [GeneratedRegex(@"^sector (?<sector>\S+) is one of the candidate's preferences$")]
    private static partial Regex SectorFits();

    [GeneratedRegex(@"^sector (?<sector>\S+); the candidate's preferred sectors are not recorded$")]
    private static partial Regex SectorUnknown();

    [GeneratedRegex(@"^sector (?<sector>\S+) is not among the candidate's preferences \((?<preferred>.*)\)$")]
    private static partial Regex SectorOther();

    [GeneratedRegex(@"^in (?<region>.+), the candidate's region after release$")]
    private static partial Regex RegionFits();

    [GeneratedRegex(@"^in (?<region>.+), not the candidate's region after release \((?<theirs>.*)\)$")]
    private static partial Regex RegionOther();

    [GeneratedRegex(@"^in (?<region>.+); the candidate's region after release is not recorded$")]
    private static partial Regex RegionUnknown();

    [GeneratedRegex(@"^starts (?<start>\d{4}-\d{2}-\d{2}); the release date is not known$")]
    private static partial Regex StartReleaseUnknown();

    [GeneratedRegex(@"^starts (?<start>\d{4}-\d{2}-\d{2}), (?<days>\d+) days (?<when>after|before) the candidate is free to start \((?<free>\d{4}-\d{2}-\d{2})\)$")]
    private static partial Regex StartAfter();
}
