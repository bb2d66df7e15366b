namespace HerstelWerk.ServiceDefaults.Json;

/// <summary>
/// The C0 control characters text input may not hold: NUL (which PostgreSQL refuses), ESC and BEL (which
/// end up in names and later in a terminal or a CSV), and the rest. Tab, carriage return and line feed
/// stay allowed: notes have lines.
/// </summary>
public static class ControlCharacters
{
    public const string Rule = "Remove control characters (such as NUL or ESC) from the text; tabs and line breaks are fine.";

    public static bool In(string? text)
    {
        foreach (var character in text ?? string.Empty)
        {
            if (character < '\u0020' && character is not ('\t' or '\r' or '\n'))
            {
                return true;
            }
        }

        return false;
    }
}
