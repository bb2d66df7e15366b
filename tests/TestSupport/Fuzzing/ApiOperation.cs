using System.Text.Json.Nodes;

namespace HerstelWerk.Testing.Fuzzing;

/// <summary>One operation of a service's OpenAPI document, as the fuzzer calls it.</summary>
/// <param name="Path">The path template, e.g. <c>/api/courses/participants/{participantId}</c>.</param>
/// <param name="Body">The request body's schema, with <c>$ref</c>s left to <see cref="ApiDocument"/>; null without a body.</param>
/// <param name="Responses">Each documented status with the schema of its JSON content (null without one).</param>
public sealed record ApiOperation(
    string Id,
    string Method,
    string Path,
    IReadOnlyList<ApiParameter> Parameters,
    JsonNode? Body,
    IReadOnlyDictionary<string, JsonNode?> Responses)
{
    public override string ToString() => $"{Method} {Path} ({Id})";
}
