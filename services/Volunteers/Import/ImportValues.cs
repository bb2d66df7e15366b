using System.Globalization;
using HerstelWerk.Contracts.Volunteers;
using HerstelWerk.Volunteers.Model;

namespace HerstelWerk.Volunteers.Import;

/// <summary>The values a spreadsheet cell may hold, in the forms Dutch spreadsheets write them.</summary>
public static class ImportValues
{
    /// <summary>dd-MM-yyyy as Dutch Excel shows a date (also d-M-yyyy and with '/'), and yyyy-MM-dd.</summary>
    private static readonly string[] DateFormats = ["d-M-yyyy", "dd-MM-yyyy", "d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d.M.yyyy"];

    private static readonly Dictionary<string, VolunteerStatus> StatusWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["aangemeld"] = VolunteerStatus.Applied,
        ["kennismaking"] = VolunteerStatus.Interview,
        ["vog aangevraagd"] = VolunteerStatus.Vog,
        ["in training"] = VolunteerStatus.Training,
        ["actief"] = VolunteerStatus.Active,
        ["inactief"] = VolunteerStatus.Inactive,
        ["vertrokken"] = VolunteerStatus.Left,
    };

    private static readonly Dictionary<string, string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bezoeker"] = VolunteerRoles.Visitor,
        ["nazorgmaatje"] = VolunteerRoles.AftercareBuddy,
        ["back to the future"] = VolunteerRoles.BackToTheFuture,
    };

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The status by its name (Active) or the console's Dutch word (actief).</summary>
    public static bool TryStatus(string text, out VolunteerStatus status)
    {
        if (StatusWords.TryGetValue(text, out status))
        {
            return true;
        }

        return !char.IsAsciiDigit(text.FirstOrDefault()) && Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status);
    }

    /// <summary>A role by its code (sos-trainer) or the console's Dutch word (bezoeker).</summary>
    public static string? Role(string text) =>
        RoleWords.TryGetValue(text, out var code) ? code : VolunteerRoles.All.FirstOrDefault(role => role.Equals(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>A list in one cell: entries separated by '|', ',', '/' or spaces (a ',' only in a quoted cell of a ','-file).</summary>
    public static IReadOnlyList<string> List(string text) =>
        text.Split(['|', ',', '/', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Roles, keeping multi-word Dutch names ("back to the future") whole: entries are separated by '|' or ','.</summary>
    public static IReadOnlyList<string> Entries(string text) =>
        text.Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
