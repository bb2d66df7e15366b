using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>Start a pipeline: a candidate matched to a vacancy.</summary>
public sealed record MatchToVacancyRequest : IOpenApiExample<MatchToVacancyRequest>
{
    public static MatchToVacancyRequest Example => new()
    {
        CandidateId = PlacementExamples.CandidateId,
        VacancyId = PlacementExamples.VacancyId,
        On = new DateOnly(2027, 1, 20),
    };

    [Required]
    public Guid? CandidateId { get; init; }

    [Required]
    public Guid? VacancyId { get; init; }

    /// <summary>The day of the match; today when left out.</summary>
    public DateOnly? On { get; init; }
}
