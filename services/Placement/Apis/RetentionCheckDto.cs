using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>A job whose months are up: the adviser confirms it lasted (stage Retained) or records its end (EmploymentEnded).</summary>
public sealed record RetentionCheckDto(Guid PlacementId, Guid CandidateId, Guid ParticipantId, string? AdviserId, Guid EmployerId, DateOnly StartedOn, DateOnly DueOn)
    : IOpenApiExample<RetentionCheckDto>
{
    /// <summary>A job that started in April, due for the adviser's answer six months later.</summary>
    public static RetentionCheckDto Example => new(
        PlacementExamples.PlacementId, PlacementExamples.CandidateId, PlacementExamples.ParticipantId, "adviser-07", PlacementExamples.EmployerId,
        new DateOnly(2027, 4, 5), new DateOnly(2027, 10, 5));
}
