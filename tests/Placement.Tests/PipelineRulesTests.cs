using HerstelWerk.Contracts.Placement;
using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults;
using HerstelWerk.SharedDomain.Participants;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace HerstelWerk.Placement.Tests;

/// <summary>The pipeline's rules and the retention check, on a clock the test holds (the domain takes its dates as arguments).</summary>
public sealed class PipelineRulesTests
{
    private static readonly RetentionPolicy Policy = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly BusinessClock _clock;

    public PipelineRulesTests() => _clock = new BusinessClock(_time);

    [Theory]
    [InlineData(PlacementStage.Matched, PlacementStage.Interview, true)]
    [InlineData(PlacementStage.Matched, PlacementStage.Offer, false)]
    [InlineData(PlacementStage.Matched, PlacementStage.JobStarted, false)]
    [InlineData(PlacementStage.Interview, PlacementStage.Offer, true)]
    [InlineData(PlacementStage.Offer, PlacementStage.JobStarted, true)]
    [InlineData(PlacementStage.Offer, PlacementStage.Closed, true)]
    [InlineData(PlacementStage.JobStarted, PlacementStage.Coaching, true)]
    [InlineData(PlacementStage.JobStarted, PlacementStage.Closed, false)]
    [InlineData(PlacementStage.Coaching, PlacementStage.Retained, true)]
    [InlineData(PlacementStage.Coaching, PlacementStage.EmploymentEnded, true)]
    [InlineData(PlacementStage.Retained, PlacementStage.EmploymentEnded, true)]
    [InlineData(PlacementStage.EmploymentEnded, PlacementStage.JobStarted, false)]
    [InlineData(PlacementStage.Closed, PlacementStage.Matched, false)]
    public void The_pipeline_allows_only_its_own_steps(PlacementStage from, PlacementStage to, bool allowed) =>
        Assert.Equal(allowed, PlacementPipeline.Allows(from, to));

    [Fact]
    public void An_illegal_jump_is_refused_with_the_allowed_steps_and_changes_nothing()
    {
        var placement = Matched();

        var refused = Assert.Throws<PlacementRuleException>(() => placement.StartJob(_clock.Today, "pi-vught", _clock.Now));

        Assert.Equal("A placement at Matched can move to Interview or Closed, not to JobStarted.", refused.Message);
        Assert.Equal(PlacementStage.Matched, placement.Stage);
        Assert.Empty(placement.TakeEvents());
    }

    [Fact]
    public void A_step_cannot_be_dated_before_the_current_one()
    {
        var placement = Matched();
        _time.Advance(TimeSpan.FromDays(10));
        placement.Advance(PlacementStage.Interview, _clock.Today, _clock.Now);

        var refused = Assert.Throws<PlacementRuleException>(() => placement.Advance(PlacementStage.Offer, _clock.Today.AddDays(-1), _clock.Now));

        Assert.Contains("since 2026-03-12", refused.Message);
    }

    [Fact]
    public void The_job_start_is_dated_history_and_raises_JobStarted_with_participant_employer_and_date()
    {
        var placement = Matched();
        _time.Advance(TimeSpan.FromDays(7));
        placement.Advance(PlacementStage.Interview, _clock.Today, _clock.Now);
        _time.Advance(TimeSpan.FromDays(3));
        placement.Advance(PlacementStage.Offer, _clock.Today, _clock.Now);
        _time.Advance(TimeSpan.FromDays(14));
        placement.StartJob(_clock.Today, "pi-vught", _clock.Now);

        var started = Assert.IsType<JobStartedV1>(Assert.Single(placement.TakeEvents()));
        Assert.Equal((placement.Id, placement.ParticipantId, placement.EmployerId, new DateOnly(2026, 3, 26)),
            (started.PlacementId, started.ParticipantId, started.EmployerId, started.StartedOn));
        Assert.Equal([(PlacementStage.Matched, new DateOnly(2026, 3, 2)), (PlacementStage.Interview, new DateOnly(2026, 3, 9)),
            (PlacementStage.Offer, new DateOnly(2026, 3, 12)), (PlacementStage.JobStarted, new DateOnly(2026, 3, 26))],
            placement.History.Select(h => (h.Stage, h.On)));
        Assert.Equal("pi-vught", placement.FacilityIdAtStart);
    }

    [Fact]
    public void The_retention_check_asks_once_when_the_months_are_up_and_confirmation_waits_for_them()
    {
        var placement = InWork(startedOn: _clock.Today);

        _time.Advance(TimeSpan.FromDays(180));
        Assert.False(placement.MarkRetentionCheckDue(Policy, _clock.Today), "2026-08-29 is before 2026-09-02");
        Assert.Contains("from 2026-09-02", Assert.Throws<PlacementRuleException>(() => placement.ConfirmRetention(_clock.Today, Policy, _clock.Now)).Message);

        _time.Advance(TimeSpan.FromDays(4));
        Assert.True(placement.MarkRetentionCheckDue(Policy, _clock.Today));
        Assert.False(placement.MarkRetentionCheckDue(Policy, _clock.Today.AddDays(1)), "asked once");
        Assert.True(placement.AwaitsRetentionConfirmation);
        Assert.Equal(new DateOnly(2026, 9, 2), placement.RetentionCheckDueOn);

        placement.ConfirmRetention(_clock.Today, Policy, _clock.Now);

        var confirmed = Assert.IsType<RetentionConfirmedV1>(Assert.Single(placement.TakeEvents()));
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 9, 2)), (confirmed.StartedOn, confirmed.ConfirmedOn));
        Assert.False(placement.AwaitsRetentionConfirmation);
        Assert.Equal(PlacementStage.Retained, placement.Stage);
    }

    [Fact]
    public void A_configured_retention_period_moves_the_check()
    {
        var placement = InWork(startedOn: _clock.Today);
        _time.Advance(TimeSpan.FromDays(92));

        Assert.False(placement.MarkRetentionCheckDue(Policy, _clock.Today));
        Assert.True(placement.MarkRetentionCheckDue(new RetentionPolicy { Months = 3 }, _clock.Today));
    }

    [Fact]
    public void An_ended_job_is_not_asked_about_and_its_end_says_why()
    {
        var placement = InWork(startedOn: _clock.Today);
        _time.Advance(TimeSpan.FromDays(40));

        placement.EndEmployment(_clock.Today, EmploymentEndReason.Resigned, _clock.Now);
        _time.Advance(TimeSpan.FromDays(200));

        var ended = Assert.IsType<EmploymentEndedV1>(Assert.Single(placement.TakeEvents()));
        Assert.Equal(("Resigned", new DateOnly(2026, 4, 11)), (ended.Reason, ended.EndedOn));
        Assert.False(placement.MarkRetentionCheckDue(Policy, _clock.Today));
        Assert.Throws<PlacementRuleException>(() => placement.ConfirmRetention(_clock.Today, Policy, _clock.Now));
    }

    [Fact]
    public void Consent_withdrawal_stops_every_open_pipeline_without_publishing_an_end()
    {
        var candidate = Candidate.FromCaoCompletion(Guid.NewGuid(), _clock.Today, _clock.Today, _clock.Now);
        var working = InWork(_clock.Today, candidate);
        var matched = Matched(candidate);
        var ended = InWork(_clock.Today, candidate);
        ended.EndEmployment(_clock.Today, EmploymentEndReason.ContractEnded, _clock.Now);
        working.TakeEvents();
        ended.TakeEvents();
        _time.Advance(TimeSpan.FromDays(3));

        Assert.True(candidate.Close(CandidateClosure.ConsentWithdrawn, _clock.Today));
        var stopped = new[] { working, matched, ended }.Select(p => p.Stop(ClosedReason.ConsentWithdrawn, _clock.Today, _clock.Now)).ToList();

        Assert.Equal([true, true, false], stopped);
        Assert.All(new[] { working, matched }, p => Assert.Equal((PlacementStage.Closed, ClosedReason.ConsentWithdrawn), (p.Stage, p.ClosedReason)));
        Assert.Empty(working.TakeEvents());
        Assert.Contains("withdrew consent", Assert.Throws<PlacementRuleException>(() => candidate.UpdateProfile(WorkProfile.Empty)).Message);
        Assert.Throws<PlacementRuleException>(() => JobPlacement.Match(candidate, OpenVacancy(), _clock.Today, _clock.Now));
    }

    [Fact]
    public void Erasure_removes_the_work_profile_and_the_facility_of_a_job()
    {
        var candidate = Candidate.FromCaoCompletion(Guid.NewGuid(), _clock.Today, _clock.Today, _clock.Now);
        candidate.UpdateProfile(new WorkProfile(["handig"], ["bouw"], "structuur", "Utrecht", null, "geen nachtdiensten", ["VCA"]));
        var job = InWork(_clock.Today, candidate);
        candidate.Close(CandidateClosure.ConsentWithdrawn, _clock.Today);

        Assert.True(candidate.Close(CandidateClosure.Erased, _clock.Today));
        job.Stop(ClosedReason.Erased, _clock.Today, _clock.Now);

        Assert.Equal((0, 0, 0), (candidate.Talents.Count, candidate.PreferredSectors.Count, candidate.Certificates.Count));
        Assert.Equal((null, null, null), (candidate.WhatMatters, candidate.RegionAfterRelease, candidate.OtherRestrictions));
        Assert.Null(job.FacilityIdAtStart);
        Assert.False(candidate.Close(CandidateClosure.Erased, _clock.Today), "a repeated erasure changes nothing");
    }

    [Fact]
    public void No_candidate_is_referred_for_a_withdrawn_or_erased_participant()
    {
        var withdrawn = new ParticipantProjection(Guid.NewGuid());
        withdrawn.WithdrawConsent(2, _clock.Today, _clock.Now);
        var erased = new ParticipantProjection(Guid.NewGuid());
        erased.Erase(2, _clock.Now);

        Assert.Contains("withdrew consent", Assert.Throws<PlacementRuleException>(() => Candidate.Refer(withdrawn, null, _clock.Today, _clock.Now)).Message);
        Assert.Contains("erased", Assert.Throws<PlacementRuleException>(() => Candidate.Refer(erased, null, _clock.Today, _clock.Now)).Message);
    }

    [Fact]
    public void A_visit_takes_only_candidates_held_at_its_facility_and_outcomes_wait_for_the_day()
    {
        var employer = Employer.Create(new EmployerDetails("Bouwbedrijf", "P. Jansen", "p@bouw.example", null, "bouw", "Utrecht", true), _clock.Now);
        var (held, there) = HeldAt("pi-vught");
        var (elsewhere, away) = HeldAt("pi-zwolle");

        Assert.Contains("not held at pi-vught", Assert.Throws<PlacementRuleException>(() =>
            EmployerVisit.Schedule(employer, "pi-vught", _clock.Today.AddDays(7), [(held, there), (elsewhere, away)], _clock.Today, _clock.Now)).Message);
        var visit = EmployerVisit.Schedule(employer, "pi-vught", _clock.Today.AddDays(7), [(held, there)], _clock.Today, _clock.Now);
        var scheduled = Assert.IsType<EmployerVisitScheduledV1>(Assert.Single(visit.TakeEvents()));

        Assert.Equal([held.ParticipantId], scheduled.ParticipantIds);
        Assert.Contains("record outcomes from that day", Assert.Throws<PlacementRuleException>(() => visit.RecordOutcome(held.Id, VisitOutcome.Interviewed, _clock.Today)).Message);
        _time.Advance(TimeSpan.FromDays(7));
        visit.RecordOutcome(held.Id, VisitOutcome.Interviewed, _clock.Today);
        Assert.True(visit.Met(held.Id));
    }

    private (Candidate Candidate, ParticipantProjection Participant) HeldAt(string facilityId)
    {
        var participant = new ParticipantProjection(Guid.NewGuid());
        participant.Register(1, facilityId, facilityId, _clock.Today.AddMonths(4), _clock.Now);
        return (Candidate.Refer(participant, "adviser-1", _clock.Today, _clock.Now), participant);
    }

    private Vacancy OpenVacancy() =>
        Vacancy.Create(Guid.NewGuid(), new VacancyDetails("Magazijnmedewerker", "logistiek", "Utrecht", "VCA", null, VacancyStatus.Open), _clock.Now);

    private JobPlacement Matched(Candidate? candidate = null) =>
        JobPlacement.Match(candidate ?? Candidate.FromCaoCompletion(Guid.NewGuid(), _clock.Today, _clock.Today, _clock.Now), OpenVacancy(),
            _clock.Today, _clock.Now);

    private JobPlacement InWork(DateOnly startedOn, Candidate? candidate = null)
    {
        var placement = JobPlacement.Match(candidate ?? Candidate.FromCaoCompletion(Guid.NewGuid(), startedOn, startedOn, _clock.Now),
            OpenVacancy(), startedOn, _clock.Now);
        placement.Advance(PlacementStage.Interview, startedOn, _clock.Now);
        placement.Advance(PlacementStage.Offer, startedOn, _clock.Now);
        placement.StartJob(startedOn, "pi-vught", _clock.Now);
        placement.Advance(PlacementStage.Coaching, startedOn, _clock.Now);
        placement.TakeEvents();
        return placement;
    }
}
