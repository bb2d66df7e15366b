using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Courses.Apis;

public sealed record ReleaseRequest
{
    /// <summary>The actual release date; not in the future.</summary>
    [Required]
    public DateOnly? ReleasedOn { get; init; }
}
