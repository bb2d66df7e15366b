using HerstelWerk.Placement.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>One candidate's pipeline for one vacancy, with its dated history and the steps that may follow.</summary>
public sealed record PlacementDto(
    Guid Id,
    Guid CandidateId,
    Guid ParticipantId,
    Guid VacancyId,
    Guid EmployerId,
    PlacementStage Stage,
    DateOnly StageSince,
    IReadOnlyList<PlacementStage> NextStages,
    DateOnly? StartedOn,
    DateOnly? RetentionCheckDueOn,
    DateOnly? RetainedOn,
    DateOnly? EmploymentEndedOn,
    EmploymentEndReason? EmploymentEndReason,
    ClosedReason? ClosedReason,
    IReadOnlyList<StageChangeDto> History,
    int Revision) : IOpenApiExample<PlacementDto>
{
    /// <summary>Matched in January, interviewed at the employer's visit to PI Vught in February.</summary>
    public static PlacementDto Example => new(
        PlacementExamples.PlacementId, PlacementExamples.CandidateId, PlacementExamples.ParticipantId, PlacementExamples.VacancyId, PlacementExamples.EmployerId,
        PlacementStage.Interview, new DateOnly(2027, 2, 10), PlacementPipeline.NextFrom(PlacementStage.Interview), null, null, null, null, null, null,
        [new StageChangeDto(PlacementStage.Matched, new DateOnly(2027, 1, 20), null, null), StageChangeDto.Example], 2);

    public static PlacementDto From(JobPlacement p) => new(
        p.Id, p.CandidateId, p.ParticipantId, p.VacancyId, p.EmployerId, p.Stage, p.StageSince, PlacementPipeline.NextFrom(p.Stage),
        p.StartedOn, p.RetentionCheckDueOn, p.RetainedOn, p.EmploymentEndedOn, p.EmploymentEndReason, p.ClosedReason,
        [.. p.History.OrderBy(c => c.On).ThenBy(c => c.RecordedAt).Select(c => new StageChangeDto(c.Stage, c.On, c.Reason, c.VisitId))],
        p.Revision);
}
