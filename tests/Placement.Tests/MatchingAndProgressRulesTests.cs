using HerstelWerk.Placement.Matching;
using HerstelWerk.Placement.Progress;
using Xunit;

namespace HerstelWerk.Placement.Tests;

/// <summary>The ranking of suggestions and the counting rules of the figures, on chosen data.</summary>
public sealed class MatchingAndProgressRulesTests
{
    private static readonly DateOnly Release = new(2027, 3, 1);

    private static readonly MatchCandidate Candidate =
        new(Guid.NewGuid(), Guid.NewGuid(), "pi-vught", ["logistiek", "bouw"], "Noord-Brabant", Release, AvailableFrom: null);

    [Fact]
    public void Vacancies_rank_by_sector_then_region_then_a_start_after_release_closest_first_each_with_reasons()
    {
        var vacancies = new[]
        {
            Vacancy("wrong sector", "zorg", "Noord-Brabant", Release.AddDays(5)),
            Vacancy("right sector, far away", "bouw", "Groningen", Release.AddDays(5)),
            Vacancy("all fits, late", "logistiek", "Noord-Brabant", Release.AddDays(60)),
            Vacancy("all fits, soon", "bouw", "noord-brabant", Release.AddDays(3)),
            Vacancy("starts before release", "logistiek", "Noord-Brabant", Release.AddDays(-10)),
        };

        var ranked = SuggestionRanker.RankVacancies(Candidate, vacancies);

        Assert.Equal(["all fits, soon", "all fits, late", "starts before release", "right sector, far away", "wrong sector"], ranked.Select(s => s.Title));
        Assert.Equal(
            ["sector bouw is one of the candidate's preferences", "in noord-brabant, the candidate's region after release",
             "starts 2027-03-04, 3 days after the candidate is free to start (2027-03-01)"],
            ranked[0].Reasons);
        Assert.Contains("starts 2027-02-19, 10 days before the candidate is free to start (2027-03-01)", ranked[2].Reasons);
        Assert.Contains("sector zorg is not among the candidate's preferences (logistiek, bouw)", ranked[4].Reasons);
    }

    [Fact]
    public void Candidates_rank_the_same_way_and_unknown_facts_are_said_and_rank_lower()
    {
        var vacancy = Vacancy("Heftruckchauffeur", "logistiek", "Noord-Brabant", Release.AddDays(10));
        var later = Candidate with { CandidateId = Guid.NewGuid(), AvailableFrom = Release.AddDays(30) };
        var unknown = Candidate with { CandidateId = Guid.NewGuid(), RegionAfterRelease = null, ReleaseOn = null };
        var otherSector = Candidate with { CandidateId = Guid.NewGuid(), PreferredSectors = ["zorg"] };

        var ranked = SuggestionRanker.RankCandidates(vacancy, [otherSector, unknown, later, Candidate]);

        Assert.Equal([Candidate.CandidateId, later.CandidateId, unknown.CandidateId, otherSector.CandidateId], ranked.Select(s => s.CandidateId));
        Assert.Equal(Release.AddDays(30), ranked[1].AvailableOn);
        Assert.Contains("starts 2027-03-11, 20 days before the candidate is free to start (2027-03-31)", ranked[1].Reasons);
        Assert.Contains("in Noord-Brabant; the candidate's region after release is not recorded", ranked[2].Reasons);
        Assert.Contains("starts 2027-03-11; the release date is not known", ranked[2].Reasons);
    }

    [Fact]
    public void Job_starts_count_each_candidate_once_in_the_year_of_the_first_start_per_facility()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        JobStartRecord[] records =
        [
            new(a, new DateOnly(2026, 2, 1), "pi-vught", new DateOnly(2026, 1, 2), null, null),
            new(a, new DateOnly(2026, 9, 1), "pi-vught", new DateOnly(2026, 1, 2), null, null),
            new(b, new DateOnly(2026, 5, 1), null, new DateOnly(2026, 4, 1), null, null),
            new(c, new DateOnly(2025, 12, 1), "pi-zwolle", null, null, null),
            new(c, new DateOnly(2026, 3, 1), "pi-zwolle", null, null, null),
        ];

        var report = ProgressCounting.Count(2026, records, 6, new DateOnly(2026, 12, 31), new YearTargets { JobStarts = 41 });

        var starts = report.Figures.Single(f => f.Figure == "jobStarts");
        Assert.Equal((41m, 2m), (starts.Target!.Value, starts.Total!.Value));
        Assert.Equal(new Dictionary<string, decimal?> { ["pi-vught"] = 1, ["unknown"] = 1 }, starts.ByFacility);
        var days = report.Figures.Single(f => f.Figure == "averageDaysFromCaoToJobStart");
        Assert.Equal(30m, days.Total);
        Assert.Equal(new Dictionary<string, decimal?> { ["pi-vught"] = 30, ["unknown"] = 30 }, days.ByFacility);
        Assert.Null(days.Target);
    }

    [Fact]
    public void The_retention_rate_counts_jobs_whose_date_passed_in_the_year_and_leaves_out_unanswered_ones()
    {
        JobStartRecord[] records =
        [
            new(Guid.NewGuid(), new DateOnly(2026, 1, 10), "pi-vught", null, RetainedOn: new DateOnly(2026, 7, 10), null),
            new(Guid.NewGuid(), new DateOnly(2026, 1, 10), "pi-vught", null, null, EmploymentEndedOn: new DateOnly(2026, 3, 1)),
            new(Guid.NewGuid(), new DateOnly(2026, 2, 10), "pi-zwolle", null, null, EmploymentEndedOn: new DateOnly(2026, 9, 1)),
            new(Guid.NewGuid(), new DateOnly(2026, 3, 10), "pi-zwolle", null, null, null),
            new(Guid.NewGuid(), new DateOnly(2026, 11, 1), "pi-zwolle", null, null, EmploymentEndedOn: new DateOnly(2026, 12, 1)),
        ];

        var report = ProgressCounting.Count(2026, records, 6, new DateOnly(2026, 12, 31), new YearTargets { RetentionRatePercent = 70 });

        var rate = report.Figures.Single(f => f.Figure == "retentionRatePercent");
        Assert.Equal((70m, 66.7m), (rate.Target!.Value, rate.Total!.Value));
        Assert.Equal(new Dictionary<string, decimal?> { ["pi-vught"] = 50, ["pi-zwolle"] = 100 }, rate.ByFacility);
        Assert.Null(ProgressCounting.Count(2027, [], 6, new DateOnly(2027, 1, 1), new YearTargets()).Figures.Single(f => f.Figure == "retentionRatePercent").Total);
    }

    private static MatchVacancy Vacancy(string title, string sector, string region, DateOnly? startsOn) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Werkgever BV", title, sector, region, startsOn);
}
