using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Courses.Apis;

internal static class PersonalDataRules
{
    /// <summary>A date of birth in the past that makes the participant between 12 and 110 years old.</summary>
    public static IEnumerable<ValidationResult> DateOfBirth(DateOnly? dateOfBirth, string member)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (dateOfBirth is { } date && (date > today.AddYears(-12) || date < today.AddYears(-110)))
        {
            yield return new ValidationResult($"The {member} must make the participant between 12 and 110 years old.", [member]);
        }
    }
}
