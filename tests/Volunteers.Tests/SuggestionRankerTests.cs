using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Volunteers.Hours;
using HerstelWerk.Volunteers.Matching;
using HerstelWerk.Volunteers.Model;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteerRulesTests;

namespace HerstelWerk.Volunteers.Tests;

public sealed class SuggestionRankerTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Volunteers_are_ranked_by_pass_region_language_and_free_places_with_reasons()
    {
        var recent = Today.AddDays(-100);
        var noPass = ActiveVolunteer(recent, name: "Bram Bakker", facility: "pi-grave", languages: ["nl", "ar"]);
        var passFarAway = ActiveVolunteer(recent, name: "Carla Smit", region: "Limburg");
        var passNearbyArabic = ActiveVolunteer(recent, name: "Daan Visser", languages: ["nl", "ar"]);
        var passNearby = ActiveVolunteer(recent, name: "Eva Mulder", capacity: 3);

        var ranked = SuggestionRanker.Rank([noPass, passFarAway, passNearby, passNearbyArabic],
            new MatchRequest(VolunteerRoles.Visitor, "pi-vught", "Noord-Brabant", "ar", Today), new VogPolicy());

        Assert.Equal(["Daan Visser", "Eva Mulder", "Carla Smit", "Bram Bakker"], ranked.Select(s => s.FullName));
        Assert.Equal(["has an access pass for pi-vught", "lives in Noord-Brabant", "speaks ar", "2 of 2 places free"], ranked[0].Reasons);
        Assert.Equal("needs an access pass for pi-vught first", ranked[3].Reasons[0]);
    }

    [Fact]
    public void Anyone_inactive_overdue_full_or_untrained_is_left_out()
    {
        var ok = ActiveVolunteer(Today.AddDays(-100), name: "Anna");
        var overdue = ActiveVolunteer(new DateOnly(2023, 1, 1), name: "Overdue");
        var full = ActiveVolunteer(Today.AddDays(-100), capacity: 1, name: "Full");
        full.Assign(Participant("pi-vught"), VolunteerRoles.Visitor, Today, new VogPolicy(), Now);
        var inactive = ActiveVolunteer(Today.AddDays(-100), name: "Inactive");
        inactive.MoveTo(VolunteerStatus.Inactive, Today, new VogPolicy(), Now);

        var visitors = SuggestionRanker.Rank([ok, overdue, full, inactive], new MatchRequest(VolunteerRoles.Visitor, "pi-vught", null, null, Today), new VogPolicy());
        var trainers = SuggestionRanker.Rank([ok], new MatchRequest(VolunteerRoles.SosTrainer, "pi-vught", null, null, Today), new VogPolicy());

        Assert.Equal(["Anna"], visitors.Select(s => s.FullName));
        Assert.Empty(trainers);
    }

    [Fact]
    public void A_buddy_works_outside_so_no_pass_is_asked_and_a_due_VOG_is_mentioned()
    {
        var dueSoon = ActiveVolunteer(Today.AddMonths(-36).AddDays(20), name: "Due soon", facility: "pi-grave");

        var ranked = SuggestionRanker.Rank([dueSoon], new MatchRequest(VolunteerRoles.AftercareBuddy, "pi-vught", null, null, Today), new VogPolicy());

        Assert.Equal(["2 of 2 places free", $"VOG re-check due on {Today.AddDays(20):yyyy-MM-dd}"], Assert.Single(ranked).Reasons);
    }

    [Fact]
    public void The_hours_csv_quotes_names_and_defuses_formulas()
    {
        var csv = HoursCsv.Write(2026, [new VolunteerHours(Guid.Empty, "=HYPERLINK(\"x\")", "Utrecht", 1.5m, 2m, 0m, 3.5m)]);

        var lines = csv.TrimEnd().Split(Environment.NewLine);
        Assert.Equal("year,volunteer_id,name,region,visit_hours,session_hours,aftercare_contact_hours,total_hours", lines[0]);
        Assert.Equal($"2026,{Guid.Empty},\"'=HYPERLINK(\"\"x\"\")\",\"Utrecht\",1.50,2.00,0.00,3.50", lines[1]);
        Assert.Equal("2026,,total,,1.50,2.00,0.00,3.50", lines[2]);
    }
}
