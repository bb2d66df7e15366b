using HerstelWerk.Contracts.Volunteers;

namespace HerstelWerk.Volunteers.Model;

/// <summary>
/// Which role trains which course, as Courses' seeded course types have it. Courses now names the role
/// in <c>CourseRunScheduledV1.TrainerRole</c>; this is only for runs it scheduled before it did.
/// </summary>
public static class CourseTrainerRoles
{
    private static readonly Dictionary<string, string> ByCourseType = new(StringComparer.Ordinal)
    {
        ["sos-group"] = VolunteerRoles.SosTrainer,
        ["sos-individual"] = VolunteerRoles.SosTrainer,
        ["cao"] = VolunteerRoles.CaoTrainer,
        ["back-to-the-future"] = VolunteerRoles.BackToTheFuture,
    };

    /// <summary>The role for <paramref name="courseTypeId"/>; null for a course type Volunteers does not know.</summary>
    public static string? ForCourseType(string courseTypeId) => ByCourseType.GetValueOrDefault(courseTypeId);
}
