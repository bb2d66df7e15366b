using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

/// <summary>Intake of a participant. Nullable members so a missing field is a 400 that names it.</summary>
public sealed record RegisterParticipantRequest
{
    [Required, StringLength(200)]
    public string? FullName { get; init; }

    [Required]
    public ParticipantGroup? Group { get; init; }

    /// <summary>The penitentiary institution or forensic centre, e.g. "PI Alphen aan den Rijn".</summary>
    [Required, StringLength(200)]
    public string? Facility { get; init; }

    [Required]
    public DateOnly? ExpectedReleaseDate { get; init; }
}
