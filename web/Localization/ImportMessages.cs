using System.Globalization;
using System.Text.RegularExpressions;
using HerstelWerk.Web.Gateway;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Web.Localization;

/// <summary>
/// The volunteers import's messages in the console's language. A row's error comes with a code
/// (<see cref="ImportRowError.Code"/>); a field rule it shares with an application by hand is worded by
/// <see cref="ApiMessages"/>; an unreadable file's message has one of a few shapes. Anything else is shown
/// as the API wrote it, so nothing it says is lost.
/// </summary>
public static partial class ImportMessages
{
    public static string Translate(ImportRowError error, IStringLocalizer<Text> L) => error.Code switch
    {
        "invalid" => Field(error.Message, L),
        "rule" => error.Message,
        _ => L[$"Admin_ImportError_{error.Code}"] is { ResourceNotFound: false } text ? text : error.Message,
    };

    /// <summary>Why the file as a whole could not be read (a 400 naming <c>body</c>).</summary>
    public static string File(string message, IStringLocalizer<Text> L)
    {
        if (message.StartsWith("The file is empty", StringComparison.Ordinal))
        {
            return L["Admin_ImportFile_Empty"];
        }

        if (LacksColumns().Match(message) is { Success: true } lacks)
        {
            return L["Admin_ImportFile_LacksColumns", lacks.Groups["columns"].Value];
        }

        if (Unclosed().Match(message) is { Success: true } unclosed)
        {
            return L["Admin_ImportFile_Unclosed", unclosed.Groups["line"].Value];
        }

        if (Twice().Match(message) is { Success: true } twice)
        {
            return L["Admin_ImportFile_Twice", twice.Groups["column"].Value];
        }

        if (TooMany().Match(message) is { Success: true } many)
        {
            return L["Admin_ImportFile_TooManyRows", Number(many.Groups["rows"].Value), Number(many.Groups["max"].Value)];
        }

        if (TooLarge().Match(message) is { Success: true } large)
        {
            return L["Admin_ImportFile_TooLarge", large.Groups["mb"].Value];
        }

        return message.StartsWith("Send the file itself as text/csv", StringComparison.Ordinal) ? L["Admin_ImportFile_NotCsv"] : message;
    }

    private static string Field(string message, IStringLocalizer<Text> L)
    {
        if (Email().IsMatch(message))
        {
            return L["Admin_ImportError_email"];
        }

        if (Phone().IsMatch(message))
        {
            return L["Admin_ImportError_phone"];
        }

        if (Language().Match(message) is { Success: true } language)
        {
            return L["Admin_ImportError_language", language.Groups["code"].Value];
        }

        return ApiMessages.Translate(message, L);
    }

    private static string Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString("N0", CultureInfo.CurrentCulture) : digits;

    [GeneratedRegex(@"^The first line lacks the columns? (?<columns>[^;]+);")]
    private static partial Regex LacksColumns();

    [GeneratedRegex(@"^A quote opened on line (?<line>\d+) is never closed\.$")]
    private static partial Regex Unclosed();

    [GeneratedRegex(@"^The column '(?<column>.+)' is in the first line twice\.$")]
    private static partial Regex Twice();

    [GeneratedRegex(@"^The file has (?<rows>\d+) rows; import at most (?<max>\d+) at a time\.$")]
    private static partial Regex TooMany();

    [GeneratedRegex(@"^The file is larger than (?<mb>\d+) MB")]
    private static partial Regex TooLarge();

    [GeneratedRegex(@"^The \w+ field is not a valid e-mail address\.$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^The \w+ field is not a valid phone number\.$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^'(?<code>.*)' is not a language code")]
    private static partial Regex Language();
}
