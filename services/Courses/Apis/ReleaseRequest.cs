using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record ReleaseRequest : IOpenApiExample<ReleaseRequest>
{
    public static ReleaseRequest Example => new() { ReleasedOn = new DateOnly(2026, 10, 15) };

    /// <summary>The actual release date; not in the future.</summary>
    [Required]
    public DateOnly? ReleasedOn { get; init; }
}
