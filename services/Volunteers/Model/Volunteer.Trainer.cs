namespace HerstelWerk.Volunteers.Model;

/// <summary>Whether a volunteer may train a course run, as Courses decides it when a coordinator assigns them.</summary>
public sealed partial class Volunteer
{
    /// <summary>
    /// Null when Courses would accept the volunteer as trainer of a run at <paramref name="facilityId"/>
    /// needing <paramref name="role"/> on <paramref name="today"/>; otherwise why not. It holds Courses' rule
    /// (<c>VolunteerEligibility.WhyNotTrainer</c>) to the facts Volunteers keeps, in the same order and with
    /// the same comparisons: Active; the VOG counts up to and including its re-check date; a pass for the
    /// facility, not revoked, valid from the day it was granted up to and including its end date (both
    /// reach Courses in <c>VolunteerAdmittedToFacilityV1</c>); trained for the role. A cross-service test
    /// holds the two to each other.
    /// </summary>
    public string? WhyNotTrainer(string facilityId, string role, VogPolicy policy, DateOnly today) =>
        Status != VolunteerStatus.Active ? $"The volunteer is {Status}, not Active."
        : today > VogDueOn(policy) ? $"The volunteer's VOG re-check was due on {VogDueOn(policy):yyyy-MM-dd}."
        : !HasAccessOn(facilityId, today) ? $"The volunteer has no valid access pass for {facilityId}."
        : !Roles.Contains(role) ? $"The volunteer is not trained as {role}."
        : null;
}
