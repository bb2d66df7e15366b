using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace HerstelWerk.Web.Localization;

/// <summary>
/// The API's field messages in the console's language. The services answer in English for developers
/// ("The fullName field is required."); a coordinator reads "Vul dit veld in." beside the field. The
/// shapes below are the ones the services' validation produces; any other message is shown as the API
/// wrote it, so nothing the API says is lost.
/// </summary>
public static partial class ApiMessages
{
    public static string Translate(string message, IStringLocalizer<Text> L)
    {
        if (Required().Match(message).Success)
        {
            return L["ApiMessage_Required"];
        }

        if (MaximumLength().Match(message) is { Success: true } longest)
        {
            return L["ApiMessage_MaximumLength", Number(longest.Groups["max"].Value)];
        }

        if (LengthBetween().Match(message) is { Success: true } between)
        {
            return L["ApiMessage_LengthBetween", Number(between.Groups["min"].Value), Number(between.Groups["max"].Value)];
        }

        if (Range().Match(message) is { Success: true } range)
        {
            return L["ApiMessage_Range", range.Groups["min"].Value, range.Groups["max"].Value];
        }

        if (NotAnEmailAddress().Match(message).Success)
        {
            return L["ApiMessage_NotAnEmailAddress"];
        }

        if (NotADate().Match(message).Success)
        {
            return L["ApiMessage_NotADate"];
        }

        // The services' own wording of a pattern rule, where a form asks for it.
        if (message == "Use a language code such as 'nl' or 'en'.")
        {
            return L["ApiMessage_LanguageCode"];
        }

        if (message == "Use lowercase letters, digits and dashes, like 'pi-vught'.")
        {
            return L["ApiMessage_FacilityCode"];
        }

        return message;
    }

    private static string Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.CurrentCulture) : digits;

    [GeneratedRegex(@"^The \w+ (field|parameter) is required\.$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^The field \w+ must be a string( or array type)? with a maximum length of '?(?<max>\d+)'?\.$")]
    private static partial Regex MaximumLength();

    [GeneratedRegex(@"^The field \w+ must be a string( or collection type)? with a minimum length of '?(?<min>\d+)'? and (a )?maximum length of '?(?<max>\d+)'?\.$")]
    private static partial Regex LengthBetween();

    [GeneratedRegex(@"^The field \w+ must be between (?<min>\S+) and (?<max>\S+)\.$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^The \w+ field is not a valid e-mail address\.$")]
    private static partial Regex NotAnEmailAddress();

    [GeneratedRegex(@"^The value is not a valid date")]
    private static partial Regex NotADate();
}
