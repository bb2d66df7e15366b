namespace HerstelWerk.Volunteers.Apis;

/// <summary>A facility withdrew a volunteer's access pass.</summary>
public sealed record RevocationRequest
{
    /// <summary>The day the pass stopped; today when left out.</summary>
    public DateOnly? RevokedOn { get; init; }
}
