namespace HerstelWerk.Web.Gateway;

/// <summary>
/// What went wrong with a call, as the API's ProblemDetails said it (RFC 9457), or that the gateway
/// could not be reached at all. <see cref="Errors"/> is keyed by the field names the API uses.
/// </summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly Dictionary<string, string[]> None = [];

    /// <summary>The network failed, or the gateway or a service answered 502, 503 or 504: try again later.</summary>
    public bool Unavailable => Status is 0 or StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable or StatusCodes.Status504GatewayTimeout;

    /// <summary>A well-formed request that broke a rule; <see cref="Detail"/> says which.</summary>
    public bool BrokeARule => Status == StatusCodes.Status409Conflict;

    /// <summary>Someone changed the record since it was read (412 on an If-Match): read it again and retry.</summary>
    public bool Stale => Status == StatusCodes.Status412PreconditionFailed;

    public static ApiProblem NetworkFailure() => new(0, null, null, None);

    public static ApiProblem OfStatus(int status) => new(status, null, null, None);

    /// <summary>The messages for one field, matched as the API spells it (camelCase) or as C# does.</summary>
    public IReadOnlyList<string> For(string field) =>
        Errors.FirstOrDefault(entry => string.Equals(entry.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? [];
}
