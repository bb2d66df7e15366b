using System.Text.Json;
using System.Text.Json.Serialization;

namespace HerstelWerk.ServiceDefaults.Json;

/// <summary>
/// Reads every string of a request body through one check (<see cref="ControlCharacters"/>), so no text
/// field of any endpoint can carry a NUL into the database or an ESC into a name.
/// </summary>
public sealed class PlainTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return ControlCharacters.In(text) ? throw new ControlCharacterException() : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
