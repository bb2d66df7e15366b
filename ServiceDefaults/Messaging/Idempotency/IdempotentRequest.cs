namespace HerstelWerk.Messaging.Idempotency;

/// <summary>
/// A create request sent with an <c>Idempotency-Key</c>, and the answer it got. Inserted in the same
/// transaction as the change it made, so a retried request finds it exactly when the change happened.
/// </summary>
public sealed class IdempotentRequest
{
    private IdempotentRequest()
    {
    }

    internal IdempotentRequest(string scope, string key, string fingerprint, DateTimeOffset now)
    {
        Scope = scope;
        Key = key;
        Fingerprint = fingerprint;
        CreatedAt = now;
    }

    /// <summary>Who called which endpoint: keys are the caller's own, per endpoint.</summary>
    public string Scope { get; private set; } = string.Empty;

    public string Key { get; private set; } = string.Empty;

    /// <summary>A hash of the request's bound values, to refuse the same key for a different request.</summary>
    public string Fingerprint { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Null until the answer is stored, moments after the change committed.</summary>
    public int? StatusCode { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    public string? Body { get; private set; }

    internal void Complete(int statusCode, string? location, string? etag, string? body)
    {
        StatusCode = statusCode;
        Location = location;
        ETag = etag;
        Body = body;
    }
}
