using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Placement.Apis;

/// <summary>Refer a participant by hand, for example one who did CAO elsewhere.</summary>
public sealed record ReferCandidateRequest
{
    /// <summary>The participant's pseudonymous id, as Courses published it.</summary>
    [Required]
    public Guid? ParticipantId { get; init; }

    /// <summary>The adviser's user id; can be assigned later.</summary>
    [StringLength(100, MinimumLength = 1)]
    public string? AdviserId { get; init; }
}
