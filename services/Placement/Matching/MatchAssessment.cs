namespace HerstelWerk.Placement.Matching;

/// <summary>
/// How well a candidate and a vacancy fit, by sector, region after release and start date against
/// the release date, with the reasons in words. Null means the fact needed is not known.
/// </summary>
/// <param name="DaysFromAvailableToStart">Days between the candidate's first free day and the start; smaller is better.</param>
public sealed record MatchAssessment(bool SectorFits, bool? RegionFits, bool? StartFits, int? DaysFromAvailableToStart, IReadOnlyList<string> Reasons)
{
    public static MatchAssessment Of(MatchCandidate candidate, MatchVacancy vacancy)
    {
        var reasons = new List<string>();
        var sectorFits = candidate.PreferredSectors.Contains(vacancy.Sector, StringComparer.OrdinalIgnoreCase);
        reasons.Add(sectorFits ? $"sector {vacancy.Sector} is one of the candidate's preferences"
            : candidate.PreferredSectors.Count == 0 ? $"sector {vacancy.Sector}; the candidate's preferred sectors are not recorded"
            : $"sector {vacancy.Sector} is not among the candidate's preferences ({string.Join(", ", candidate.PreferredSectors)})");

        bool? regionFits = candidate.RegionAfterRelease is { } region ? string.Equals(region, vacancy.Region, StringComparison.OrdinalIgnoreCase) : null;
        reasons.Add(regionFits switch
        {
            true => $"in {vacancy.Region}, the candidate's region after release",
            false => $"in {vacancy.Region}, not the candidate's region after release ({candidate.RegionAfterRelease})",
            null => $"in {vacancy.Region}; the candidate's region after release is not recorded",
        });

        bool? startFits;
        int? days = null;
        if (vacancy.StartsOn is not { } startsOn)
        {
            startFits = true;
            reasons.Add("start by arrangement");
        }
        else if (candidate.AvailableOn is not { } available)
        {
            startFits = null;
            reasons.Add($"starts {startsOn:yyyy-MM-dd}; the release date is not known");
        }
        else
        {
            days = startsOn.DayNumber - available.DayNumber;
            startFits = days >= 0;
            reasons.Add(startFits.Value
                ? $"starts {startsOn:yyyy-MM-dd}, {days} days after the candidate is free to start ({available:yyyy-MM-dd})"
                : $"starts {startsOn:yyyy-MM-dd}, {-days} days before the candidate is free to start ({available:yyyy-MM-dd})");
        }

        return new MatchAssessment(sectorFits, regionFits, startFits, days is >= 0 ? days : null, reasons);
    }
}
