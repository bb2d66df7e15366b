using System.Text.Json.Nodes;

namespace HerstelWerk.Testing.Fuzzing;

/// <summary>A path, query or header parameter of an operation, with its schema.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonNode Schema);
