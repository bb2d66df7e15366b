using System.Text.RegularExpressions;
using HerstelWerk.ServiceDefaults.Errors;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>
/// Facility ids come from Courses' reference list (e.g. <c>pi-vught</c>). Volunteers does not keep that
/// list, so it checks the shape only; Courses' trainer check uses the same ids.
/// </summary>
internal static partial class FacilityIds
{
    /// <summary>Refuses a facility id that cannot be one of Courses' (a 400 naming <c>facilityId</c>).</summary>
    public static string Checked(string facilityId) =>
        IsValid(facilityId) ? facilityId : throw new InvalidInputException("facilityId", "Use a facility id from GET /api/courses/facilities, e.g. 'pi-vught'.");

    public static bool IsValid(string facilityId) => Shape().IsMatch(facilityId);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,49}$")]
    private static partial Regex Shape();
}
