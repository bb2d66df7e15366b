using System.Text.Json;
using System.Text.Json.Serialization;

namespace HerstelWerk.ServiceDefaults.Json;

public static class StrictInput
{
    /// <summary>
    /// Reads a request body only as the API documents it, so what cannot be meant is a 400 that names the
    /// field instead of something stored: enums by their documented names only (never a number, which
    /// would store an undefined value); numbers as numbers, not in quotes; no key twice (the last one would win unseen); no unknown key (a
    /// front end's typo would be dropped silently). Text is checked for control characters after it is read
    /// (<see cref="Api.ValidationFilter"/>): a converter for strings would hide their type from the OpenAPI
    /// document.
    /// </summary>
    public static JsonSerializerOptions UseStrictInput(this JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        // A number is a number: "12" for a capacity is a client's mistake, and the document says integer.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        return options;
    }
}
