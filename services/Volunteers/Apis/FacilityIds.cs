using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>
/// Facility ids come from Courses' reference list (e.g. <c>pi-vught</c>). Volunteers does not keep that
/// list, so it checks the shape only; Courses' trainer check uses the same ids.
/// </summary>
internal static partial class FacilityIds
{
    public static ValidationProblem? Problem(string facilityId) =>
        Shape().IsMatch(facilityId) ? null : TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["facilityId"] = ["Use a facility id from GET /api/courses/facilities, e.g. 'pi-vught'."],
        });

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,49}$")]
    private static partial Regex Shape();
}
