using System.Text.Json;
using System.Text.Json.Serialization;

namespace HerstelWerk.ServiceDefaults.Json;

public static class StrictInput
{
    /// <summary>
    /// Reads a request body only as the API documents it, so what cannot be meant is a 400 that names the
    /// field instead of something stored: enums by their documented names only (never a number, which
    /// would store an undefined value); no key twice (the last one would win unseen); no unknown key (a
    /// front end's typo would be dropped silently); no control characters in text.
    /// </summary>
    public static JsonSerializerOptions UseStrictInput(this JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.Converters.Add(new PlainTextConverter());
        options.AllowDuplicateProperties = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        return options;
    }
}
