using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.SharedDomain.Participants;
using HerstelWerk.Volunteers.Model;
using Xunit;

namespace HerstelWerk.Volunteers.Tests;

/// <summary>Lifecycle, VOG and assignment rules, on dates chosen by the test (the domain takes its clock as arguments).</summary>
public sealed class VolunteerRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly VogPolicy Policy = new();

    [Theory]
    [InlineData(VolunteerStatus.Applied, VolunteerStatus.Interview, true)]
    [InlineData(VolunteerStatus.Applied, VolunteerStatus.Active, false)]
    [InlineData(VolunteerStatus.Interview, VolunteerStatus.Vog, true)]
    [InlineData(VolunteerStatus.Vog, VolunteerStatus.Training, true)]
    [InlineData(VolunteerStatus.Training, VolunteerStatus.Active, true)]
    [InlineData(VolunteerStatus.Active, VolunteerStatus.Inactive, true)]
    [InlineData(VolunteerStatus.Inactive, VolunteerStatus.Active, true)]
    [InlineData(VolunteerStatus.Active, VolunteerStatus.Training, false)]
    [InlineData(VolunteerStatus.Interview, VolunteerStatus.Left, true)]
    [InlineData(VolunteerStatus.Left, VolunteerStatus.Applied, false)]
    public void The_lifecycle_allows_only_its_own_steps(VolunteerStatus from, VolunteerStatus to, bool allowed) =>
        Assert.Equal(allowed, VolunteerLifecycle.Allows(from, to));

    [Fact]
    public void A_refused_step_names_the_steps_that_are_allowed()
    {
        var volunteer = Applicant();

        var refused = Assert.Throws<VolunteerRuleException>(() => volunteer.MoveTo(VolunteerStatus.Active, Today, Policy, Now));

        Assert.Equal("A volunteer who is Applied can move to Interview or Left, not to Active.", refused.Message);
        Assert.Equal(VolunteerStatus.Applied, volunteer.Status);
    }

    [Fact]
    public void Training_needs_an_issued_VOG_and_activation_needs_a_role()
    {
        var volunteer = Applicant();
        volunteer.MoveTo(VolunteerStatus.Interview, Today.AddDays(-60), Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Vog, Today.AddDays(-50), Policy, Now);
        var request = volunteer.RequestVog(Today.AddDays(-50));

        Assert.Contains("issued a VOG", Assert.Throws<VolunteerRuleException>(() => volunteer.MoveTo(VolunteerStatus.Training, Today.AddDays(-40), Policy, Now)).Message);
        volunteer.DecideVog(request.Id, VogOutcome.Issued, Today.AddDays(-40), Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Training, Today.AddDays(-40), Policy, Now);
        Assert.Contains("trained for at least one role", Assert.Throws<VolunteerRuleException>(() => volunteer.MoveTo(VolunteerStatus.Active, Today, Policy, Now)).Message);

        volunteer.RecordTraining("Basistraining", VolunteerRoles.Visitor, Today.AddDays(-1), Now);
        volunteer.MoveTo(VolunteerStatus.Active, Today, Policy, Now);

        Assert.Equal(
            [VolunteerStatus.Applied, VolunteerStatus.Interview, VolunteerStatus.Vog, VolunteerStatus.Training, VolunteerStatus.Active],
            volunteer.StatusHistory.Select(c => c.Status));
        Assert.Equal(["VolunteerVogIssuedV1", "VolunteerQualifiedV1", "VolunteerActivatedV1", "VolunteerSignInRequestedV1"], volunteer.TakeEvents().Select(e => e.GetType().Name));
    }

    [Theory]
    [InlineData("2026-10-01", VogStanding.Valid)]
    [InlineData("2026-10-02", VogStanding.DueSoon)]
    [InlineData("2026-12-01", VogStanding.DueSoon)]
    [InlineData("2026-12-02", VogStanding.Overdue)]
    public void A_VOG_issued_three_years_ago_is_due_soon_within_60_days_and_overdue_after(string day, VogStanding expected) =>
        Assert.Equal(expected, Policy.StandingOn(new DateOnly(2023, 12, 1), DateOnly.Parse(day)));

    [Fact]
    public void The_recheck_interval_is_policy()
    {
        var yearly = new VogPolicy { RecheckIntervalMonths = 12 };

        Assert.Equal(new DateOnly(2027, 3, 1), yearly.DueOn(new DateOnly(2026, 3, 1)));
        Assert.Equal(VogStanding.Overdue, yearly.StandingOn(new DateOnly(2025, 11, 1), Today));
        Assert.Equal(VogStanding.None, yearly.StandingOn(null, Today));
    }

    [Fact]
    public void The_recheck_reminder_is_raised_once_per_due_date()
    {
        var volunteer = ActiveVolunteer(vogIssuedOn: new DateOnly(2023, 12, 1));
        volunteer.TakeEvents();

        Assert.False(volunteer.RaiseVogRecheckIfDue(Policy, new DateOnly(2026, 10, 1), Now));
        Assert.True(volunteer.RaiseVogRecheckIfDue(Policy, new DateOnly(2026, 10, 2), Now));
        Assert.False(volunteer.RaiseVogRecheckIfDue(Policy, new DateOnly(2026, 12, 5), Now));
        var reminder = Assert.IsType<VogRecheckDueV1>(Assert.Single(volunteer.TakeEvents()));
        Assert.Equal(new DateOnly(2026, 12, 1), reminder.DueOn);

        var renewal = volunteer.RequestVog(new DateOnly(2026, 10, 10));
        volunteer.DecideVog(renewal.Id, VogOutcome.Issued, new DateOnly(2026, 11, 1), Policy, Now);
        Assert.False(volunteer.RaiseVogRecheckIfDue(Policy, new DateOnly(2029, 9, 1), Now));
        Assert.True(volunteer.RaiseVogRecheckIfDue(Policy, new DateOnly(2029, 9, 2), Now));
    }

    [Fact]
    public void An_overdue_VOG_blocks_new_assignments_but_not_the_record()
    {
        var volunteer = ActiveVolunteer(vogIssuedOn: new DateOnly(2023, 11, 1));
        var participant = Participant("pi-vught");

        var refused = Assert.Throws<VolunteerRuleException>(() => volunteer.Assign(participant, VolunteerRoles.Visitor, Today, Policy, Now));

        Assert.Contains("VOG re-check was due on 2026-11-01", refused.Message);
        Assert.Empty(volunteer.Assignments);
    }

    [Fact]
    public void Capacity_access_and_consent_decide_an_assignment()
    {
        var volunteer = ActiveVolunteer(vogIssuedOn: Today.AddDays(-30), capacity: 1);
        Assert.Contains("no valid access pass for pi-zwolle",
            Assert.Throws<VolunteerRuleException>(() => volunteer.Assign(Participant("pi-zwolle"), VolunteerRoles.Visitor, Today, Policy, Now)).Message);

        var withdrawn = Participant("pi-vught");
        withdrawn.WithdrawConsent(2, Today, Now);
        Assert.Contains("withdrew consent",
            Assert.Throws<VolunteerRuleException>(() => volunteer.Assign(withdrawn, VolunteerRoles.Visitor, Today, Policy, Now)).Message);

        volunteer.Assign(Participant("pi-vught"), VolunteerRoles.Visitor, Today, Policy, Now);
        Assert.Contains("full: 1 of 1",
            Assert.Throws<VolunteerRuleException>(() => volunteer.Assign(Participant("pi-vught"), VolunteerRoles.Visitor, Today, Policy, Now)).Message);
        Assert.Contains("open assignments", Assert.Throws<VolunteerRuleException>(() =>
            volunteer.UpdateProfile(new VolunteerProfile("Anna de Vries", "anna@example.org", null, "Noord-Brabant", ["nl"], 0, null), Now)).Message);
    }

    [Fact]
    public void An_expired_or_revoked_pass_no_longer_admits()
    {
        var volunteer = ActiveVolunteer(vogIssuedOn: Today.AddDays(-30));
        volunteer.GrantAccess("pi-grave", Today.AddDays(-100), endsOn: Today.AddDays(-1), Now);

        Assert.False(volunteer.HasAccessOn("pi-grave", Today));
        Assert.True(volunteer.HasAccessOn("pi-grave", Today.AddDays(-1)));
        volunteer.RevokeAccess("pi-vught", Today, Now);
        Assert.False(volunteer.HasAccessOn("pi-vught", Today));
        Assert.IsType<VolunteerAdmissionRevokedV1>(volunteer.TakeEvents()[^1]);
    }

    [Fact]
    public void Active_in_a_year_follows_the_dated_history()
    {
        var volunteer = Applicant(appliedOn: new DateOnly(2024, 1, 10));
        volunteer.MoveTo(VolunteerStatus.Interview, new DateOnly(2024, 2, 1), Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Vog, new DateOnly(2024, 2, 10), Policy, Now);
        var request = volunteer.RequestVog(new DateOnly(2024, 2, 10));
        volunteer.DecideVog(request.Id, VogOutcome.Issued, new DateOnly(2024, 3, 1), Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Training, new DateOnly(2024, 3, 1), Policy, Now);
        volunteer.RecordTraining("Basistraining", VolunteerRoles.Visitor, new DateOnly(2024, 3, 20), Now);
        volunteer.MoveTo(VolunteerStatus.Active, new DateOnly(2024, 12, 31), Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Left, new DateOnly(2025, 1, 1), Policy, Now);

        Assert.True(volunteer.WasActiveIn(2024));
        Assert.False(volunteer.WasActiveIn(2025));
        Assert.False(volunteer.WasActiveIn(2023));
    }

    internal static Volunteer Applicant(DateOnly? appliedOn = null, int capacity = 2, string region = "Noord-Brabant", string[]? languages = null, string name = "Anna de Vries") =>
        Volunteer.Apply(new VolunteerProfile(name, "anna@example.org", null, region, languages ?? ["nl"], capacity, null), appliedOn ?? Today.AddDays(-400), Now);

    /// <summary>Active with a visitor and aftercare-buddy training and a pass for pi-vught.</summary>
    internal static Volunteer ActiveVolunteer(
        DateOnly vogIssuedOn, int capacity = 2, string region = "Noord-Brabant", string[]? languages = null, string name = "Anna de Vries", string facility = "pi-vught")
    {
        var volunteer = Applicant(vogIssuedOn.AddDays(-60), capacity, region, languages, name);
        volunteer.MoveTo(VolunteerStatus.Interview, vogIssuedOn.AddDays(-50), Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Vog, vogIssuedOn.AddDays(-40), Policy, Now);
        var request = volunteer.RequestVog(vogIssuedOn.AddDays(-40));
        volunteer.DecideVog(request.Id, VogOutcome.Issued, vogIssuedOn, Policy, Now);
        volunteer.MoveTo(VolunteerStatus.Training, vogIssuedOn, Policy, Now);
        volunteer.RecordTraining("Basistraining", VolunteerRoles.Visitor, vogIssuedOn, Now);
        volunteer.RecordTraining("Nazorgtraining", VolunteerRoles.AftercareBuddy, vogIssuedOn, Now);
        volunteer.GrantAccess(facility, vogIssuedOn, endsOn: null, Now);
        volunteer.MoveTo(VolunteerStatus.Active, vogIssuedOn, Policy, Now);
        return volunteer;
    }

    internal static ParticipantProjection Participant(string facilityId)
    {
        var participant = new ParticipantProjection(Guid.NewGuid());
        participant.Register(1, facilityId, facilityId, new DateOnly(2027, 6, 1), Now);
        return participant;
    }
}
