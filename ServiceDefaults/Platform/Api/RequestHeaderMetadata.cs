namespace HerstelWerk.ServiceDefaults.Api;

/// <summary>A request header an endpoint reads (If-Match, Idempotency-Key), so its OpenAPI operation documents it.</summary>
public sealed record RequestHeaderMetadata(string Name, bool Required, string Description);
