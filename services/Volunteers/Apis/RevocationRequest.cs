using HerstelWerk.ServiceDefaults.OpenApi;

namespace HerstelWerk.Volunteers.Apis;

/// <summary>A facility withdrew a volunteer's access pass.</summary>
public sealed record RevocationRequest : IOpenApiExample<RevocationRequest>
{
    public static RevocationRequest Example => new() { RevokedOn = new DateOnly(2026, 11, 2) };

    /// <summary>The day the pass stopped; today when left out.</summary>
    public DateOnly? RevokedOn { get; init; }
}
