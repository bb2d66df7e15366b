using HerstelWerk.Aftercare.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Aftercare.Apis;

/// <summary>
/// A trajectory as staff and its buddy see it: the rhythm's dates, the buddy, the employers supported, where
/// the five basic conditions stand (with their history), extensions and, once closed, how it ended.
/// </summary>
/// <param name="CoachingDuringWork">Open while a job Placement reported is running.</param>
public sealed record TrajectoryDto(
    Guid Id,
    Guid ParticipantId,
    string? FacilityId,
    TrajectoryOrigin Origin,
    DateOnly ReleasedOn,
    DateOnly StartedOn,
    DateOnly PlannedEndOn,
    BuddyDto? Buddy,
    DateOnly? FirstContactOn,
    DateOnly? LastContactOn,
    DateOnly NextContactDueOn,
    bool Overdue,
    int OverduePeriods,
    bool CoachingDuringWork,
    IReadOnlyList<EmployerDto> Employers,
    IReadOnlyList<ConditionDto> Checklist,
    IReadOnlyList<ExtensionDto> Extensions,
    DateOnly? ConsentWithdrawnOn,
    ClosureDto? Closure,
    int Revision) : IOpenApiExample<TrajectoryDto>
{
    /// <summary>Six weeks after release: a buddy, regular contact, a job running, three conditions arranged.</summary>
    public static TrajectoryDto Example => new(
        AftercareExamples.TrajectoryId, AftercareExamples.ParticipantId, "pi-vught", TrajectoryOrigin.Release, AftercareExamples.ReleasedOn,
        AftercareExamples.ReleasedOn, AftercareExamples.PlannedEndOn, BuddyDto.Example, new DateOnly(2027, 3, 4), new DateOnly(2027, 4, 12),
        new DateOnly(2027, 4, 26), false, 0, true, [EmployerDto.Example],
        [
            ConditionDto.Example,
            new(BasicCondition.Housing, ConditionStatus.InProgress, new DateOnly(2027, 3, 4), [new(ConditionStatus.InProgress, new DateOnly(2027, 3, 4))]),
            new(BasicCondition.WorkAndIncome, ConditionStatus.Arranged, AftercareExamples.JobStartedOn,
                [new(ConditionStatus.InProgress, new DateOnly(2027, 3, 4)), new(ConditionStatus.Arranged, AftercareExamples.JobStartedOn)]),
            new(BasicCondition.Debts, ConditionStatus.NotArranged, new DateOnly(2027, 3, 10), [new(ConditionStatus.NotArranged, new DateOnly(2027, 3, 10))]),
            new(BasicCondition.Care, ConditionStatus.Arranged, new DateOnly(2027, 3, 2), [new(ConditionStatus.Arranged, new DateOnly(2027, 3, 2))]),
        ],
        [], null, null, 9);

    public static TrajectoryDto From(Trajectory t, IReadOnlyList<Employment> employments, DateOnly today) => new(
        t.Id, t.ParticipantId, t.FacilityId, t.Origin, t.ReleasedOn, t.StartedOn, t.PlannedEndOn,
        t.BuddyVolunteerId is { } buddy ? new BuddyDto(buddy, t.BuddyAssignmentId!.Value, t.BuddySince!.Value) : null,
        t.FirstContactOn, t.LastContactOn, t.NextContactDueOn, t.IsOverdueOn(today), t.OverduePeriods,
        t.IsOpen && employments.Any(e => e.RanBetween(today, today)),
        [.. employments.Select(e => new EmployerDto(e.EmployerId, e.PlacementId, e.StartedOn!.Value, e.EndedOn, e.EndReason))],
        [.. t.Checklist().Select(c => new ConditionDto(c.Condition, c.Status, c.Since, [.. c.History.Select(h => new ConditionStepDto(h.Status, h.On))]))],
        [.. t.Extensions.OrderBy(e => e.RecordedAt).Select(e => new ExtensionDto(e.From, e.To, e.Reason))],
        t.ConsentWithdrawnOn,
        t.ClosedOn is { } closedOn ? new ClosureDto(closedOn, t.Outcome, t.CloseReason) : null,
        t.Revision);
}
