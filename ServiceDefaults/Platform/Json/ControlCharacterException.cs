using System.Text.Json;

namespace HerstelWerk.ServiceDefaults.Json;

/// <summary>A JSON string held a control character; the serializer adds where, the error handler names the field.</summary>
public sealed class ControlCharacterException() : JsonException(ControlCharacters.Rule);
