namespace HerstelWerk.Volunteers.Apis;

/// <summary>A completed training and the role it qualifies for, if any.</summary>
public sealed record TrainingDto(Guid Id, string Training, string? QualifiesFor, DateOnly CompletedOn);
