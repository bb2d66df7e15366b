using System.Text.RegularExpressions;

namespace HerstelWerk.Volunteers.Apis;

internal static partial class LanguageCode
{
    public static bool IsValid(string code) => Pattern().IsMatch(code);

    [GeneratedRegex("^[a-zA-Z]{2,3}$")]
    private static partial Regex Pattern();
}
