using HerstelWerk.Aftercare.Model;
using HerstelWerk.Contracts.Aftercare;
using HerstelWerk.ServiceDefaults;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace HerstelWerk.Aftercare.Tests;

/// <summary>The contact rhythm, the overdue periods, the six-month rules and the checklist, on a fake clock.</summary>
public sealed class TrajectoryRulesTests
{
    private static readonly DateOnly Release = new(2026, 3, 2);
    private static readonly AftercarePolicy Policy = new();
    private static readonly ContactAuthor Buddy = new(Guid.NewGuid(), "test-volunteer");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private DateOnly Today => new BusinessClock(_clock).Today;

    [Fact]
    public void Opening_plans_the_end_six_months_after_release_and_the_first_contact_within_fourteen_days()
    {
        var trajectory = Opened();

        Assert.Equal(new DateOnly(2026, 9, 2), trajectory.PlannedEndOn);
        Assert.Equal(new DateOnly(2026, 3, 16), trajectory.NextContactDueOn);
        var started = Assert.IsType<AftercareStartedV1>(Assert.Single(trajectory.TakeEvents()));
        Assert.Equal((trajectory.Id, Release), (started.TrajectoryId, started.StartedOn));
    }

    [Fact]
    public void The_planned_end_follows_the_configured_months()
    {
        var trajectory = Trajectory.Open(Guid.NewGuid(), "pi-vught", Release, Release, TrajectoryOrigin.Release, new AftercarePolicy { PlannedMonths = 9 }, _clock.GetUtcNow());

        Assert.Equal(new DateOnly(2026, 12, 2), trajectory.PlannedEndOn);
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-24")] // intensive months: 14 days
    [InlineData("2026-06-01", "2026-06-15")] // still before 2 June: 14 days
    [InlineData("2026-06-02", "2026-06-30")] // from three months after release: 28 days
    public void The_rhythm_counts_from_the_last_successful_contact_with_the_days_of_its_phase(string contactOn, string dueOn) =>
        Assert.Equal(DateOnly.Parse(dueOn), Policy.NextContactDue(Release, Release, DateOnly.Parse(contactOn)));

    [Fact]
    public void Only_a_reached_participant_resets_the_rhythm()
    {
        var trajectory = Opened();

        trajectory.LogContact(ContactParty.Participant, null, new DateOnly(2026, 3, 10), ContactChannel.Phone, reached: false, Buddy, null, Policy, _clock.GetUtcNow());
        trajectory.LogContact(ContactParty.Employer, Guid.NewGuid(), new DateOnly(2026, 3, 11), ContactChannel.Visit, reached: true, Buddy, null, Policy, _clock.GetUtcNow());
        Assert.Equal(new DateOnly(2026, 3, 16), trajectory.NextContactDueOn);

        trajectory.LogContact(ContactParty.Participant, null, new DateOnly(2026, 3, 12), ContactChannel.Visit, reached: true, Buddy, "Huis bezocht", Policy, _clock.GetUtcNow());
        Assert.Equal((new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 26)),
            (trajectory.FirstContactOn, trajectory.LastContactOn, trajectory.NextContactDueOn));
    }

    [Fact]
    public void A_gap_in_contact_is_raised_once_per_overdue_period_and_a_new_contact_starts_a_new_period()
    {
        var trajectory = Opened();
        trajectory.TakeEvents();

        _clock.Advance(TimeSpan.FromDays(14));
        Assert.False(Round(trajectory), "16 March is the last day allowed, not overdue yet");

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.True(Round(trajectory));
        _clock.Advance(TimeSpan.FromDays(3));
        Assert.False(Round(trajectory), "the same period is raised once");
        var overdue = Assert.IsType<AftercareContactOverdueV1>(Assert.Single(trajectory.TakeEvents()));
        Assert.Equal((null, new DateOnly(2026, 3, 17)), (overdue.LastContactOn, overdue.OverdueSince));

        trajectory.LogContact(ContactParty.Participant, null, Today, ContactChannel.Phone, true, Buddy, null, Policy, _clock.GetUtcNow()); // 20 March
        Assert.False(Round(trajectory));
        _clock.Advance(TimeSpan.FromDays(15));
        Assert.True(Round(trajectory));
        Assert.Equal(2, trajectory.OverduePeriods);
        Assert.Equal(new DateOnly(2026, 4, 4), Assert.IsType<AftercareContactOverdueV1>(Assert.Single(trajectory.TakeEvents())).OverdueSince);
    }

    [Fact]
    public void A_trajectory_cannot_be_completed_before_six_months_after_release()
    {
        var trajectory = Opened();
        _clock.Advance(TimeSpan.FromDays(183)); // 1 September: one day short

        var refused = Assert.Throws<AftercareRuleException>(() => Close(trajectory, TrajectoryOutcome.Completed, "Goed gegaan"));
        Assert.Contains("can be completed from 2026-09-02", refused.Message);
        Assert.True(trajectory.IsOpen);

        _clock.Advance(TimeSpan.FromDays(1));
        Close(trajectory, TrajectoryOutcome.Completed, null);
        var closed = Assert.IsType<AftercareClosedV1>(trajectory.TakeEvents()[^1]);
        Assert.Equal(("Completed", new DateOnly(2026, 9, 2)), (closed.Outcome, closed.ClosedOn));
    }

    [Fact]
    public void Closing_before_the_planned_end_needs_a_reason_and_the_event_hides_the_detailed_outcome()
    {
        var trajectory = Opened();
        _clock.Advance(TimeSpan.FromDays(40));

        Assert.Contains("needs a reason", Assert.Throws<AftercareRuleException>(() => Close(trajectory, TrajectoryOutcome.Reoffended, " ")).Message);
        Close(trajectory, TrajectoryOutcome.Reoffended, "Opnieuw gedetineerd");

        var closed = Assert.IsType<AftercareClosedV1>(trajectory.TakeEvents()[^1]);
        Assert.Equal("EndedEarly", closed.Outcome);
        Assert.Equal(TrajectoryOutcome.Reoffended, trajectory.Outcome);
        Assert.Throws<AftercareRuleException>(() => trajectory.LogContact(
            ContactParty.Participant, null, Today, ContactChannel.Phone, true, Buddy, null, Policy, _clock.GetUtcNow()));
    }

    [Fact]
    public void An_extension_moves_the_planned_end_later_only_and_closing_after_it_needs_no_reason()
    {
        var trajectory = Opened();

        Assert.Throws<AftercareRuleException>(() => trajectory.ExtendPlannedEnd(new DateOnly(2026, 9, 1), "Korter", _clock.GetUtcNow()));
        trajectory.ExtendPlannedEnd(new DateOnly(2026, 12, 2), "Schulden nog niet geregeld", _clock.GetUtcNow());
        Assert.Equal(new DateOnly(2026, 12, 2), trajectory.PlannedEndOn);

        _clock.Advance(TimeSpan.FromDays(200)); // 18 September: completed is allowed, but before the new planned end
        Assert.Throws<AftercareRuleException>(() => Close(trajectory, TrajectoryOutcome.Completed, null));
        Close(trajectory, TrajectoryOutcome.Completed, "Alles op orde");
        Assert.Equal(TrajectoryOutcome.Completed, trajectory.Outcome);
    }

    [Fact]
    public void The_checklist_shows_all_five_conditions_with_their_dated_history()
    {
        var trajectory = Opened();
        trajectory.RecordCondition(BasicCondition.Housing, ConditionStatus.InProgress, new DateOnly(2026, 3, 5), _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromMinutes(5));
        trajectory.RecordCondition(BasicCondition.Housing, ConditionStatus.Arranged, new DateOnly(2026, 4, 1), _clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromMinutes(5));
        // Recorded later, but dated earlier: the history is in date order and the newest date decides.
        trajectory.RecordCondition(BasicCondition.Housing, ConditionStatus.NotArranged, new DateOnly(2026, 3, 3), _clock.GetUtcNow());
        trajectory.RecordCondition(BasicCondition.IdDocument, ConditionStatus.Arranged, new DateOnly(2026, 3, 2), _clock.GetUtcNow());

        var checklist = trajectory.Checklist().ToDictionary(c => c.Condition);

        Assert.Equal(Enum.GetValues<BasicCondition>(), checklist.Keys);
        Assert.Equal((ConditionStatus.Arranged, new DateOnly(2026, 4, 1)), (checklist[BasicCondition.Housing].Status, checklist[BasicCondition.Housing].Since));
        Assert.Equal([ConditionStatus.NotArranged, ConditionStatus.InProgress, ConditionStatus.Arranged],
            checklist[BasicCondition.Housing].History.Select(h => h.Status));
        Assert.Equal(ConditionStatus.Arranged, checklist[BasicCondition.IdDocument].Status);
        Assert.Equal((ConditionStatus.Unknown, (DateOnly?)null), (checklist[BasicCondition.Debts].Status, checklist[BasicCondition.Debts].Since));
    }

    [Fact]
    public void Withdrawn_consent_closes_the_trajectory_as_declined_and_stops_all_processing()
    {
        var trajectory = Opened();
        trajectory.TakeEvents();
        _clock.Advance(TimeSpan.FromDays(30));

        Assert.True(trajectory.StopForWithdrawnConsent(Today, _clock.GetUtcNow()));
        Assert.False(trajectory.StopForWithdrawnConsent(Today, _clock.GetUtcNow()));

        Assert.Equal((TrajectoryOutcome.Declined, Today), (trajectory.Outcome, trajectory.ClosedOn));
        Assert.Equal("EndedEarly", Assert.IsType<AftercareClosedV1>(Assert.Single(trajectory.TakeEvents())).Outcome);
        Assert.False(Round(trajectory));
        Assert.Throws<AftercareRuleException>(() => trajectory.RecordCondition(BasicCondition.Care, ConditionStatus.InProgress, Today, _clock.GetUtcNow()));
    }

    [Fact]
    public void A_buddy_stays_linked_until_their_own_assignment_ends()
    {
        var trajectory = Opened();
        var first = Guid.NewGuid();

        Assert.True(trajectory.LinkBuddy(first, Guid.NewGuid(), Release));
        Assert.False(trajectory.LinkBuddy(Guid.NewGuid(), Guid.NewGuid(), Release));
        Assert.False(trajectory.UnlinkBuddy(Guid.NewGuid()));
        Assert.True(trajectory.UnlinkBuddy(first));
        Assert.Null(trajectory.BuddyVolunteerId);
    }

    private Trajectory Opened() =>
        Trajectory.Open(Guid.NewGuid(), "pi-vught", Release, Release, TrajectoryOrigin.Release, Policy, _clock.GetUtcNow());

    private bool Round(Trajectory trajectory) => trajectory.RaiseOverdueIfDue(Today, _clock.GetUtcNow());

    private void Close(Trajectory trajectory, TrajectoryOutcome outcome, string? reason) =>
        trajectory.Close(outcome, Today, reason, Policy, _clock.GetUtcNow());
}
