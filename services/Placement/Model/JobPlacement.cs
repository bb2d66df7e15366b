using HerstelWerk.Contracts.Placement;
using HerstelWerk.Messaging.Events;
using HerstelWerk.SharedDomain.Audit;

namespace HerstelWerk.Placement.Model;

/// <summary>
/// One candidate's way to one vacancy, as a dated history of stages (its id is the <c>PlacementId</c>
/// of the events). A candidate may have several at once. A step the pipeline does not allow is refused
/// with the steps that are.
/// </summary>
public sealed class JobPlacement : Aggregate, IParticipantRecord
{
    private JobPlacement()
    {
    }

    public Guid Id { get; private set; }

    public Guid CandidateId { get; private set; }

    /// <summary>The participant's pseudonymous id, as the events carry it.</summary>
    public Guid ParticipantId { get; private set; }

    public Guid VacancyId { get; private set; }

    public Guid EmployerId { get; private set; }

    public PlacementStage Stage { get; private set; }

    public DateOnly StageSince { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    /// <summary>Where the candidate was held when the job started, for the per-facility figures; dropped on erasure.</summary>
    public string? FacilityIdAtStart { get; private set; }

    /// <summary>Set by the scheduled retention check: the adviser is asked to confirm the job lasted.</summary>
    public DateOnly? RetentionCheckDueOn { get; private set; }

    public DateOnly? RetainedOn { get; private set; }

    public DateOnly? EmploymentEndedOn { get; private set; }

    public EmploymentEndReason? EmploymentEndReason { get; private set; }

    public ClosedReason? ClosedReason { get; private set; }

    public int Revision { get; private set; }

    public List<StageChange> History { get; private set; } = [];

    public bool IsOpen => !PlacementPipeline.Finished.Contains(Stage);

    public bool AwaitsRetentionConfirmation => RetentionCheckDueOn is not null && PlacementPipeline.InWork.Contains(Stage);

    public static JobPlacement Match(Candidate candidate, Vacancy vacancy, DateOnly on, DateTimeOffset now)
    {
        candidate.EnsureOpen();
        if (vacancy.Status != VacancyStatus.Open)
        {
            throw new PlacementRuleException($"The vacancy is {vacancy.Status}; candidates are matched to open vacancies only.");
        }

        var placement = new JobPlacement
        {
            Id = Guid.CreateVersion7(now), CandidateId = candidate.Id, ParticipantId = candidate.ParticipantId, VacancyId = vacancy.Id,
            EmployerId = vacancy.EmployerId, Stage = PlacementStage.Matched, StageSince = on, Revision = 1,
        };
        placement.History.Add(new StageChange(PlacementStage.Matched, on, reason: null, visitId: null, now));
        return placement;
    }

    /// <summary>Interview, offer or coaching: steps without facts of their own beyond the date.</summary>
    public void Advance(PlacementStage to, DateOnly on, DateTimeOffset now)
    {
        if (to is not (PlacementStage.Interview or PlacementStage.Offer or PlacementStage.Coaching))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "Job start, retention, end and closing have their own methods.");
        }

        Step(to, on, reason: null, visitId: null, now);
    }

    /// <summary>An interview held at an employer visit inside the facility: a visit of this vacancy's employer at which the candidate was met.</summary>
    public void InterviewAt(EmployerVisit visit, DateOnly on, DateTimeOffset now)
    {
        if (visit.EmployerId != EmployerId || !visit.Met(CandidateId))
        {
            throw new PlacementRuleException("That visit was not with this vacancy's employer, or no meeting with the candidate is recorded for it.");
        }

        Step(PlacementStage.Interview, on, reason: null, visit.Id, now);
    }

    public void StartJob(DateOnly on, string? facilityId, DateTimeOffset now)
    {
        Step(PlacementStage.JobStarted, on, reason: null, visitId: null, now);
        StartedOn = on;
        FacilityIdAtStart = facilityId;
        Raise(new JobStartedV1 { EventId = Guid.CreateVersion7(now), OccurredAt = now, PlacementId = Id, ParticipantId = ParticipantId, EmployerId = EmployerId, StartedOn = on });
    }

    /// <summary>Marks the job as awaiting the adviser's confirmation once its months are up; once only.</summary>
    public bool MarkRetentionCheckDue(RetentionPolicy policy, DateOnly today)
    {
        if (!PlacementPipeline.InWork.Contains(Stage) || StartedOn is not { } started || RetentionCheckDueOn is not null || policy.DueOn(started) > today)
        {
            return false;
        }

        RetentionCheckDueOn = policy.DueOn(started);
        Revision++;
        return true;
    }

    /// <summary>The adviser confirms the candidate still works there, no earlier than the months after the start.</summary>
    public void ConfirmRetention(DateOnly on, RetentionPolicy policy, DateTimeOffset now)
    {
        if (StartedOn is { } started && on < policy.DueOn(started) && PlacementPipeline.Allows(Stage, PlacementStage.Retained))
        {
            throw new PlacementRuleException(
                $"Retention is confirmed {policy.Months} months after the job start ({started:yyyy-MM-dd}), from {policy.DueOn(started):yyyy-MM-dd}.");
        }

        Step(PlacementStage.Retained, on, reason: null, visitId: null, now);
        RetainedOn = on;
        RetentionCheckDueOn = null;
        Raise(new RetentionConfirmedV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, PlacementId = Id, ParticipantId = ParticipantId, EmployerId = EmployerId,
            StartedOn = StartedOn!.Value, ConfirmedOn = on,
        });
    }

    public void EndEmployment(DateOnly on, EmploymentEndReason reason, DateTimeOffset now)
    {
        Step(PlacementStage.EmploymentEnded, on, reason.ToString(), visitId: null, now);
        EmploymentEndedOn = on;
        EmploymentEndReason = reason;
        RetentionCheckDueOn = null;
        Raise(new EmploymentEndedV1
        {
            EventId = Guid.CreateVersion7(now), OccurredAt = now, PlacementId = Id, ParticipantId = ParticipantId, EmployerId = EmployerId,
            EndedOn = on, Reason = reason.ToString(),
        });
    }

    /// <summary>The adviser ends a pipeline that did not lead to a job.</summary>
    public void Close(ClosedReason reason, DateOnly on, DateTimeOffset now)
    {
        if (reason is Model.ClosedReason.ConsentWithdrawn or Model.ClosedReason.Erased)
        {
            throw new PlacementRuleException($"{reason} is recorded by the system when Courses reports it.");
        }

        Step(PlacementStage.Closed, on, reason.ToString(), visitId: null, now);
        ClosedReason = reason;
    }

    /// <summary>
    /// Stops an open pipeline whatever its stage, because the participant withdrew consent or was
    /// erased. Publishes nothing: the job did not end, Placement only stops following it.
    /// </summary>
    public bool Stop(ClosedReason reason, DateOnly on, DateTimeOffset now)
    {
        if (!IsOpen && !(reason == Model.ClosedReason.Erased && FacilityIdAtStart is not null))
        {
            return false;
        }

        if (IsOpen)
        {
            var stoppedOn = on < StageSince ? StageSince : on;
            History.Add(new StageChange(PlacementStage.Closed, stoppedOn, reason.ToString(), visitId: null, now));
            Stage = PlacementStage.Closed;
            StageSince = stoppedOn;
            ClosedReason = reason;
            RetentionCheckDueOn = null;
        }

        if (reason == Model.ClosedReason.Erased)
        {
            FacilityIdAtStart = null;
        }

        Revision++;
        return true;
    }

    private void Step(PlacementStage to, DateOnly on, string? reason, Guid? visitId, DateTimeOffset now)
    {
        if (!PlacementPipeline.Allows(Stage, to))
        {
            var allowed = PlacementPipeline.NextFrom(Stage);
            throw new PlacementRuleException(allowed.Count == 0
                ? $"The placement is {Stage}; nothing follows."
                : $"A placement at {Stage} can move to {string.Join(" or ", allowed)}, not to {to}.");
        }

        if (on < StageSince)
        {
            throw new PlacementRuleException($"The placement has been at {Stage} since {StageSince:yyyy-MM-dd}; the next step cannot be dated before that.");
        }

        History.Add(new StageChange(to, on, reason, visitId, now));
        Stage = to;
        StageSince = on;
        Revision++;
    }
}
