using System.ComponentModel.DataAnnotations;

namespace HerstelWerk.Placement.Apis;

/// <summary>
/// The shapes of the codes Placement shares with other records: sector codes (<c>bouw</c>,
/// <c>logistiek</c>), which matching compares exactly, and facility ids from Courses' list (<c>pi-vught</c>).
/// </summary>
internal static class Codes
{
    public const string CodePattern = "^[a-z0-9][a-z0-9-]{1,39}$";

    public const string SectorMessage = "Use a sector code of lower-case letters, digits and dashes, e.g. 'bouw' or 'logistiek'.";

    public const string FacilityMessage = "Use a facility id from GET /api/courses/facilities, e.g. 'pi-vught'.";

    private static readonly RegularExpressionAttribute Shape = new(CodePattern);

    public static bool IsCode(string? value) => value is not null && Shape.IsValid(value);
}
