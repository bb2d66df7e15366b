using System.ComponentModel.DataAnnotations;
using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Courses.Apis;

/// <summary>New numbers for a course's rules. Runs already scheduled keep their sessions; completion follows the new rule.</summary>
public sealed record CourseTypeRulesRequest : IValidatableObject, IOpenApiExample<CourseTypeRulesRequest>
{
    /// <summary>CAO with six to ten sessions, of which five complete it.</summary>
    public static CourseTypeRulesRequest Example => new() { MinimumSessions = 6, MaximumSessions = 10, MaximumGroupSize = 12, SessionsToComplete = 5 };

    [Required, Range(1, 100)]
    public int? MinimumSessions { get; init; }

    [Range(1, 100)]
    public int? MaximumSessions { get; init; }

    [Required, Range(1, 50)]
    public int? MaximumGroupSize { get; init; }

    [Required, Range(1, 100)]
    public int? SessionsToComplete { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaximumSessions < MinimumSessions)
        {
            yield return new ValidationResult("The maximum cannot be below the minimum.", [nameof(MaximumSessions)]);
        }

        if (SessionsToComplete > (MaximumSessions ?? int.MaxValue))
        {
            yield return new ValidationResult("Completion cannot need more sessions than a run has.", [nameof(SessionsToComplete)]);
        }
    }
}
