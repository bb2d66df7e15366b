using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Courses.Apis;

public sealed record WithdrawalRequest
{
    /// <summary>The day the participant withdrew consent; not in the future.</summary>
    [Required]
    public DateOnly? WithdrawnOn { get; init; }
}
