namespace HerstelWerk.ServiceDefaults.Errors;

/// <summary>
/// Input that is well-formed but names something that does not exist or cannot be used here (an unknown
/// facility id). The API answers a 400 ValidationProblem naming <see cref="Field"/>, as for any bad input.
/// </summary>
public sealed class InvalidInputException(string field, string message) : Exception(message)
{
    /// <summary>The field as the client spells it (camelCase).</summary>
    public string Field { get; } = field;
}
