namespace HerstelWerk.Testing.Fuzzing;

/// <summary>A request the fuzzer made, and the names a 400 may give as the field at fault.</summary>
/// <param name="Body">The raw body text; null for none.</param>
/// <param name="Hostile">What was made wrong on purpose, or null for a request the document allows.</param>
public sealed record FuzzRequest(
    ApiOperation Operation,
    string Url,
    string? Body,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlySet<string> Fields,
    string? Hostile)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), Url);
        if (Body is not null)
        {
            message.Content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    public override string ToString() =>
        $"{Operation.Method} {Url}{(Hostile is null ? string.Empty : $" [{Hostile}]")}{(Body is null ? string.Empty : $"\n      body: {Truncate(Body)}")}";

    private static string Truncate(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
