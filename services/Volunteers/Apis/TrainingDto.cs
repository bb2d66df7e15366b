using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A completed training and the role it qualifies for, if any.</summary>
public sealed record TrainingDto(Guid Id, string Training, string? QualifiesFor, DateOnly CompletedOn) : IOpenApiExample<TrainingDto>
{
    public static TrainingDto Example => new(
        VolunteerExamples.TrainingId, TrainingRequest.Example.Training!, TrainingRequest.Example.QualifiesFor, TrainingRequest.Example.CompletedOn!.Value);
}
