using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

public sealed record WithdrawalRequest : IOpenApiExample<WithdrawalRequest>
{
    public static WithdrawalRequest Example => new() { WithdrawnOn = new DateOnly(2026, 9, 1) };

    /// <summary>The day the participant withdrew consent; not in the future.</summary>
    [Required]
    public DateOnly? WithdrawnOn { get; init; }
}
