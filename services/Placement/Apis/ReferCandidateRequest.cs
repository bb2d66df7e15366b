using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Placement.Apis;

/// <summary>Refer a participant by hand, for example one who did CAO elsewhere.</summary>
public sealed record ReferCandidateRequest : IOpenApiExample<ReferCandidateRequest>
{
    public static ReferCandidateRequest Example => new() { ParticipantId = PlacementExamples.ParticipantId, AdviserId = "adviser-07" };

    /// <summary>The participant's pseudonymous id, as Courses published it.</summary>
    [Required]
    public Guid? ParticipantId { get; init; }

    /// <summary>The adviser's user id; can be assigned later.</summary>
    [StringLength(100, MinimumLength = 1)]
    public string? AdviserId { get; init; }
}
