using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Placement.Apis;

/// <summary>Start a pipeline: a candidate matched to a vacancy.</summary>
public sealed record MatchToVacancyRequest
{
    [Required]
    public Guid? CandidateId { get; init; }

    [Required]
    public Guid? VacancyId { get; init; }

    /// <summary>The day of the match; today when left out.</summary>
    public DateOnly? On { get; init; }
}
