using System.Globalization;
using System.Text;

namespace HerstelWerk.Volunteers.Hours;

/// <summary>The hours statement as CSV for the subsidy file: one line per volunteer, then the total.</summary>
public static class HoursCsv
{
    public static string Write(int year, IReadOnlyList<VolunteerHours> lines)
    {
        var csv = new StringBuilder();
        csv.AppendLine("year,volunteer_id,name,region,visit_hours,session_hours,aftercare_contact_hours,total_hours");
        foreach (var line in lines)
        {
            csv.AppendLine(string.Join(',', year, line.VolunteerId, Quote(line.FullName), Quote(line.Region),
                Number(line.VisitHours), Number(line.SessionHours), Number(line.AftercareContactHours), Number(line.TotalHours)));
        }

        csv.AppendLine(string.Join(',', year, "", "total", "",
            Number(lines.Sum(l => l.VisitHours)), Number(lines.Sum(l => l.SessionHours)),
            Number(lines.Sum(l => l.AftercareContactHours)), Number(lines.Sum(l => l.TotalHours))));
        return csv.ToString();
    }

    private static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is neutralised so a spreadsheet never runs a name as a formula.</summary>
    private static string Quote(string text)
    {
        var safe = text.Length > 0 && "=+-@".Contains(text[0]) ? "'" + text : text;
        return $"\"{safe.Replace("\"", "\"\"")}\"";
    }
}
