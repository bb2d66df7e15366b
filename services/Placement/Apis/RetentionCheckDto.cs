namespace HerstelWerk.Placement.Apis;

/// <summary>A job whose months are up: the adviser confirms it lasted (stage Retained) or records its end (EmploymentEnded).</summary>
public sealed record RetentionCheckDto(Guid PlacementId, Guid CandidateId, Guid ParticipantId, string? AdviserId, Guid EmployerId, DateOnly StartedOn, DateOnly DueOn);
