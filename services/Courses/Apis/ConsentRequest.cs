using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record ConsentRequest : IOpenApiExample<ConsentRequest>
{
    public static ConsentRequest Example => new() { Purpose = ConsentPurpose.Participation, GivenOn = new DateOnly(2026, 2, 2) };

    [Required]
    public ConsentPurpose? Purpose { get; init; }

    /// <summary>The day the participant consented; not in the future.</summary>
    [Required]
    public DateOnly? GivenOn { get; init; }
}
