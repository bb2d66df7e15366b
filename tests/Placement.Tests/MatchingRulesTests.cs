using HerstelWerk.Placement.Matching;
using Xunit;

namespace HerstelWerk.Placement.Tests;

/// <summary>The ranking of suggestions, on chosen data.</summary>
public sealed class MatchingRulesTests
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

    private static MatchVacancy Vacancy(string title, string sector, string region, DateOnly? startsOn) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Werkgever BV", title, sector, region, startsOn);
}
