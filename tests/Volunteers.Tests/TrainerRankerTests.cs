using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Volunteers.Matching;
using HerstelWerk.Volunteers.Model;
using Xunit;
using static HerstelWerk.Volunteers.Tests.VolunteerRulesTests;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Trainer suggestions for a course run, on dates chosen by the test: only trainers Courses accepts, ranked with reasons.</summary>
public sealed class TrainerRankerTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly VogPolicy Policy = new();

    [Fact]
    public void A_volunteer_Courses_would_refuse_is_left_out_for_each_of_its_conditions()
    {
        var run = SosRun();
        var ok = Trainer("Anna");
        var inactive = Trainer("Inactive");
        inactive.MoveTo(VolunteerStatus.Inactive, Today, Policy, Now);
        var vogPassed = Trainer("VOG passed", vogIssuedOn: Today.AddMonths(-36).AddDays(-1));
        var vogDueToday = Trainer("VOG due today", vogIssuedOn: Today.AddMonths(-36));
        var noPass = Trainer("No pass", facility: "pi-grave");
        var passEnded = Trainer("Pass ended");
        passEnded.GrantAccess("pi-vught", Today.AddDays(-100), endsOn: Today.AddDays(-1), Now);
        var passEndsToday = Trainer("Pass ends today");
        passEndsToday.GrantAccess("pi-vught", Today.AddDays(-100), endsOn: Today, Now);
        var passLater = Trainer("Pass later");
        passLater.GrantAccess("pi-vught", Today.AddDays(1), endsOn: null, Now);
        var revoked = Trainer("Revoked");
        revoked.RevokeAccess("pi-vught", Today.AddDays(5), Now);
        var untrained = ActiveVolunteer(Today.AddDays(-100), name: "Untrained");
        var alreadyTraining = Trainer("Already training");
        run.SetTrainers([alreadyTraining.Id], revision: 2);

        var ranked = TrainerRanker.Rank(run, VolunteerRoles.SosTrainer,
            [ok, inactive, vogPassed, vogDueToday, noPass, passEnded, passEndsToday, passLater, revoked, untrained, alreadyTraining],
            new Dictionary<Guid, int>(), Policy, Today);

        Assert.Equal(["Anna", "Pass ends today", "VOG due today"], ranked.Select(s => s.FullName));
        Assert.Equal("The volunteer is Inactive, not Active.", WhyNot(inactive));
        Assert.Equal($"The volunteer's VOG re-check was due on {Today.AddDays(-1):yyyy-MM-dd}.", WhyNot(vogPassed));
        Assert.All([noPass, passEnded, passLater, revoked], v => Assert.Equal("The volunteer has no valid access pass for pi-vught.", WhyNot(v)));
        Assert.Equal("The volunteer is not trained as sos-trainer.", WhyNot(untrained));
        Assert.All([ok, vogDueToday, passEndsToday, alreadyTraining], v => Assert.Null(WhyNot(v)));
    }

    [Fact]
    public void Trainers_are_ranked_by_finishing_the_run_fewest_runs_free_places_and_the_latest_VOG_recheck_with_reasons()
    {
        var run = SosRun();
        var busy = Trainer("Busy");
        var free = Trainer("Free", capacity: 3);
        var half = Trainer("Half");
        half.Assign(Participant("pi-vught"), VolunteerRoles.Visitor, Today, Policy, Now);
        var newerVog = Trainer("Newer VOG", vogIssuedOn: Today.AddDays(-10));
        var plain = Trainer("Plain");
        var stops = Trainer("Stops half-way", capacity: 5);
        stops.GrantAccess("pi-vught", Today.AddDays(-100), endsOn: Today.AddDays(20), Now);

        var ranked = TrainerRanker.Rank(run, VolunteerRoles.SosTrainer, [busy, free, half, newerVog, plain, stops],
            new Dictionary<Guid, int> { [busy.Id] = 2, [stops.Id] = 0 }, Policy, Today);

        Assert.Equal(["Free", "Newer VOG", "Plain", "Half", "Busy", "Stops half-way"], ranked.Select(s => s.FullName));
        Assert.Equal(["can train until the last session", "trains no other run now", "3 of 3 places free",
            $"VOG re-check due on {Today.AddDays(-100).AddMonths(36):yyyy-MM-dd}"], ranked[0].Reasons);
        Assert.Equal("trains 2 other runs now", ranked[4].Reasons[1]);
        Assert.Equal((2, 2), (ranked[4].RunsTrainedNow, ranked[4].FreeSlots));
        Assert.Equal($"the access pass for pi-vught ends before the last session ({run.LastDay:yyyy-MM-dd})", ranked[5].Reasons[0]);
    }

    [Theory]
    [InlineData("sos-group", null, "sos-trainer")]
    [InlineData("sos-individual", null, "sos-trainer")]
    [InlineData("cao", null, "cao-trainer")]
    [InlineData("back-to-the-future", null, "back-to-the-future")]
    [InlineData("cao", "sos-trainer", "sos-trainer")]
    [InlineData("knitting", null, null)]
    public void A_run_needs_the_role_Courses_named_or_for_an_older_event_the_role_of_its_course_type(string courseTypeId, string? reported, string? expected) =>
        Assert.Equal(expected, new CourseRun(Guid.NewGuid(), courseTypeId, "pi-vught", Today, Today.AddDays(50), reported).TrainerRole);

    private static CourseRun SosRun() => new(Guid.NewGuid(), "sos-group", "pi-vught", Today.AddDays(7), Today.AddDays(60), reportedTrainerRole: null);

    private static Volunteer Trainer(string name, DateOnly? vogIssuedOn = null, string facility = "pi-vught", int capacity = 2)
    {
        var issuedOn = vogIssuedOn ?? Today.AddDays(-100);
        var volunteer = ActiveVolunteer(issuedOn, capacity: capacity, name: name, facility: facility);
        volunteer.RecordTraining("SOS-trainerscursus", VolunteerRoles.SosTrainer, issuedOn, Now);
        return volunteer;
    }

    private static string? WhyNot(Volunteer volunteer) => volunteer.WhyNotTrainer("pi-vught", VolunteerRoles.SosTrainer, Policy, Today);
}
