using System.ComponentModel.DataAnnotations;
using HerstelWerk.Courses.Model;

namespace HerstelWerk.Courses.Apis;

public sealed record ConsentRequest
{
    [Required]
    public ConsentPurpose? Purpose { get; init; }

    /// <summary>The day the participant consented; not in the future.</summary>
    [Required]
    public DateOnly? GivenOn { get; init; }
}
